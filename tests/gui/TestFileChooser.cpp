#include "FileChooser.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Doudi;

// A file dialog opens where this kind of file was last chosen, else in Documents — never in the
// folder the program was started from.
class TestFileChooser final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString documents()
    {
        const QString path = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileInfo(path).isDir() ? path : QDir::homePath();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("folders"));
        QVERIFY(m_dir.isValid());
    }

    void startsInDocumentsThenWhereTheLastFileWas()
    {
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Incoming), documents());
        QVERIFY(FileChooser::startFolder(FileChooser::Kind::Incoming) != QDir::currentPath());

        const QString stick = m_dir.filePath(QStringLiteral("U盘"));
        QVERIFY(QDir().mkpath(stick));
        FileChooser::remember(FileChooser::Kind::Packages, stick);
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Packages), stick);
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Incoming), documents()); // each kind its own

        // A folder the caller knows better (the configured backup folder) comes first when it is there.
        const QString backups = m_dir.filePath(QStringLiteral("备份"));
        QVERIFY(QDir().mkpath(backups));
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Packages, backups), backups);
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Packages, backups + QStringLiteral("-gone")), stick);

        // The stick taken out: Documents again, not a path that is gone.
        QVERIFY(QDir(stick).removeRecursively());
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Packages), documents());
    }

    void theDialogOpensThereAndRemembersTheChoice()
    {
        const QString rosters = m_dir.filePath(QStringLiteral("花名册"));
        QVERIFY(QDir().mkpath(rosters));
        FileChooser::remember(FileChooser::Kind::Incoming, rosters);
        const QString other = m_dir.filePath(QStringLiteral("十二月"));
        QVERIFY(QDir().mkpath(other));
        const QString file = QDir(other).filePath(QStringLiteral("低保.csv"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QString openedIn;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget()));
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            openedIn = dialog->directory().absolutePath();
            dialog->selectFile(file);
            QMetaObject::invokeMethod(dialog, "accept");
        });
        const QString chosen =
            FileChooser::open(nullptr, FileChooser::Kind::Incoming, QStringLiteral("花名册"), QStringLiteral("*.csv"));
        QCOMPARE(openedIn, rosters);
        QCOMPARE(chosen, file);
        QCOMPARE(FileChooser::startFolder(FileChooser::Kind::Incoming), other);
    }
};

QTEST_MAIN(TestFileChooser)
#include "TestFileChooser.moc"
