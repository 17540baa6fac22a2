#include "Clock.h"
#include "cases/MonitoringSignal.h"
#include "cases/SignalRepository.h"
#include "demo/DemoGenerator.h"
#include "referrals/HelpResources.h"
#include "referrals/Referrals.h"
#include "report/ReferralLetter.h"
#include "security/AuditVerifier.h"
#include "security/Session.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Doudi;

// 社会救助资源库 and 转介 (issue 20): the library checked field by field; a referral's whole life
// from the letter to the outcome, overdue across National Day; every wrong step refused with its
// field and nothing written; the city's entries taken in whole.
class TestReferrals final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Session m_clerk = Session::forUser(QStringLiteral("liu"), QStringLiteral("刘丽"), Role::Clerk, QString());
    QString m_householdId;
    QString m_otherHouseholdId;
    QString m_resourceId;

    qint64 count(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QString text(const QString& sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    static QStringList fields(const Error& e)
    {
        QStringList out;
        for (const Problem& p : e.problems())
            out.append(p.field);
        return out;
    }

    // The audit verifier finds the library and the referrals as their entries recorded them.
    void verifiedClean()
    {
        const auto report = AuditVerifier::verify(*m_db);
        QVERIFY(report.ok());
        QVERIFY(report->recordsChecked > 0);
        for (const AuditFinding& f : report->findings)
            QVERIFY2(f.table != QLatin1String("referrals") && f.table != QLatin1String("help_resources"),
                     qPrintable(f.message));
    }

    static HelpResource charity()
    {
        HelpResource r;
        r.kind = QStringLiteral("charity");
        r.name = QStringLiteral("圆梦大学");
        r.provider = QStringLiteral("市慈善总会");
        r.offers = QStringLiteral("考入大学的困难家庭新生一次性资助5000元");
        r.conditions = QStringLiteral("低保、特困、低保边缘家庭子女，当年录取");
        r.contact = QStringLiteral("王老师 0439-1234567");
        r.validFrom = QDate(2025, 1, 1);
        r.validUntil = QDate(2025, 12, 31);
        return r;
    }

    Referral referral()
    {
        Referral r;
        r.resourceId = m_resourceId;
        r.householdId = m_householdId;
        r.need = QStringLiteral("长子今年考入长春工业大学，学费无着");
        r.sentOn = QDate(2025, 9, 26);
        return r;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2025, 10, 20), QTime(9, 0), Qt::UTC));
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("referrals.doudi")), Database::OpenMode::CreateIfMissing);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(DemoGenerator(11, QDate(2025, 9, 1)).fill(*m_db, QStringLiteral("test"), 80));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM households WHERE deleted = 0 ORDER BY id LIMIT 2")));
        QVERIFY(q.next());
        m_householdId = q.value(0).toString();
        QVERIFY(q.next());
        m_otherHouseholdId = q.value(0).toString();
    }
    void cleanupTestCase()
    {
        m_db.reset();
        Clock::setFixed({});
    }

    void theLibraryNamesEveryProblem()
    {
        HelpResources library(*m_db, m_clerk);
        HelpResource bad = charity();
        bad.kind = QStringLiteral("church");
        bad.name = QStringLiteral("  ");
        bad.offers.clear();
        bad.contact = QString(501, QLatin1Char('x'));
        bad.validUntil = QDate(2024, 12, 31);
        const auto refused = library.add(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(fields(refused.error()),
                 (QStringList{QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("offers"),
                              QStringLiteral("contact"), QStringLiteral("valid_until")}));
        const Session cadre = Session::forUser(QStringLiteral("zhao"), QStringLiteral("赵村"), Role::Cadre,
                                               text(QStringLiteral("SELECT code FROM villages LIMIT 1")));
        QVERIFY(!HelpResources(*m_db, cadre).add(charity()).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM help_resources")), qint64(0));

        const auto added = library.add(charity());
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
        QCOMPARE(added->origin, QStringLiteral("township"));
        m_resourceId = added->id;
        HelpResource ended = charity();
        ended.kind = QStringLiteral("department");
        ended.name = QStringLiteral("就业援助");
        ended.provider = QStringLiteral("县人社局");
        ended.validUntil = QDate(2025, 6, 30);
        QVERIFY(library.add(ended).ok());
        QCOMPARE(library.list(Clock::currentDate())->size(), 1);
        const auto all = library.list(Clock::currentDate(), true);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().kind, QStringLiteral("department")); // departments first
    }

    void aReferralLivesFromTheLetterToItsOutcome()
    {
        Referrals referrals(*m_db, m_clerk);
        const auto opened = referrals.open(referral());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(opened->letterNo, QStringLiteral("2025-0001"));
        QCOMPARE(opened->state, QStringLiteral("sent"));
        QCOMPARE(opened->resourceName, QStringLiteral("圆梦大学"));
        QVERIFY(!opened->personName.isEmpty()); // the head, when no member is named
        QCOMPARE(opened->personName,
                 text(QStringLiteral("SELECT head_name FROM households WHERE id = '%1'").arg(m_householdId)));
        // Ten working days from Friday 26 September 2025, over National Day (1–8 October off,
        // Sunday 28 September and Saturday 11 October worked): Thursday 16 October.
        QCOMPARE(opened->due, QDate(2025, 10, 16));
        QVERIFY(opened->overdueOn(Clock::currentDate()));
        QCOMPARE(referrals.list(true)->size(), 1);

        // The letter: the number, the entry, the need, the ID masked; printing is recorded.
        const auto letter = ReferralLetter::print(*m_db, m_clerk, opened->id);
        QVERIFY(letter.ok());
        QVERIFY(letter->contains(QStringLiteral("2025-0001")));
        QVERIFY(letter->contains(QStringLiteral("市慈善总会")));
        QVERIFY(letter->contains(QStringLiteral("学费无着")));
        const QString idNumber =
            text(QStringLiteral("SELECT head_id_number FROM households WHERE id = '%1'").arg(m_householdId));
        QCOMPARE(idNumber.size(), 18);
        QVERIFY(!letter->contains(idNumber));
        QVERIFY(letter->contains(idNumber.left(6)));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'referrals' AND action = "
                                      "'print'")),
                 qint64(1));

        // Helped before it was accepted, or accepted before it was sent: refused, nothing written.
        const qint64 changes = count(QStringLiteral("SELECT count(*) FROM sync_changes"));
        QCOMPARE(fields(referrals.update(opened->id, QStringLiteral("helped"), QDate(2025, 10, 17), QStringLiteral("x"))
                            .error()),
                 QStringList{QStringLiteral("state")});
        QCOMPARE(
            fields(referrals.update(opened->id, QStringLiteral("accepted"), QDate(2025, 9, 25), QString()).error()),
            QStringList{QStringLiteral("on")});
        QCOMPARE(
            fields(referrals.update(opened->id, QStringLiteral("accepted"), QDate(2025, 10, 17), QString(), 7).error()),
            QStringList{QStringLiteral("version")});
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_changes")), changes);

        const auto accepted =
            referrals.update(opened->id, QStringLiteral("accepted"), QDate(2025, 10, 17), QStringLiteral("已受理"), 1);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().toString()));
        QCOMPARE(accepted->acceptedOn, QDate(2025, 10, 17));
        QCOMPARE(accepted->version, qint64(2));
        QVERIFY(!accepted->overdueOn(Clock::currentDate()));
        QCOMPARE(fields(referrals.update(opened->id, QStringLiteral("helped"), QDate(2025, 10, 20), QString()).error()),
                 QStringList{QStringLiteral("outcome")});
        const auto helped = referrals.update(opened->id, QStringLiteral("helped"), QDate(2025, 10, 20),
                                             QStringLiteral("资助5000元，已到账"));
        QVERIFY(helped.ok());
        QCOMPARE(helped->state, QStringLiteral("helped"));
        QCOMPARE(helped->closedOn, QDate(2025, 10, 20));
        QVERIFY(!helped->due.isValid());
        QVERIFY(referrals.list(true)->isEmpty());
        QCOMPARE(referrals.list(false, m_householdId)->size(), 1);
        // Closed is closed: neither the desk nor the database changes it again.
        QCOMPARE(
            fields(referrals.update(opened->id, QStringLiteral("declined"), QDate(2025, 10, 20), QStringLiteral("x"))
                       .error()),
            QStringList{QStringLiteral("state")});
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE referrals SET outcome = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM referrals")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_changes WHERE tbl = 'referrals'")), qint64(3));

        verifiedClean();
    }

    void aWrongReferralIsRefusedWithItsFields()
    {
        Referrals referrals(*m_db, m_clerk);
        const qint64 before = count(QStringLiteral("SELECT count(*) FROM referrals"));
        Referral bad = referral();
        bad.resourceId = QStringLiteral("nope");
        bad.memberId = QStringLiteral("not-a-member");
        bad.need = QStringLiteral(" ");
        bad.sentOn = QDate(2025, 10, 21);
        QCOMPARE(fields(referrals.open(bad).error()), (QStringList{QStringLiteral("resource"), QStringLiteral("member"),
                                                                   QStringLiteral("need"), QStringLiteral("sent_on")}));
        // The entry had ended; the household does not exist.
        Referral ended = referral();
        ended.resourceId = text(QStringLiteral("SELECT id FROM help_resources WHERE name = '就业援助'"));
        ended.householdId = QStringLiteral("no-such-household");
        QCOMPARE(fields(referrals.open(ended).error()),
                 (QStringList{QStringLiteral("resource"), QStringLiteral("household")}));
        // A signal about another household; a case that was not refused.
        Referral fromSignal = referral();
        fromSignal.source = QStringLiteral("signal");
        fromSignal.sourceId = QStringLiteral("no-such-signal");
        QCOMPARE(fields(referrals.open(fromSignal).error()), QStringList{QStringLiteral("source_id")});
        Referral fromCase = referral();
        fromCase.source = QStringLiteral("case");
        fromCase.sourceId =
            text(QStringLiteral("SELECT id FROM cases WHERE household_id = '%1' AND id NOT IN (SELECT case_id FROM "
                                "case_steps WHERE to_state = 'refused')")
                     .arg(m_householdId));
        if (!fromCase.sourceId.isEmpty())
            QCOMPARE(fields(referrals.open(fromCase).error()), QStringList{QStringLiteral("source_id")});
        Referral wrongSource = referral();
        wrongSource.source = QStringLiteral("rumour");
        QCOMPARE(fields(referrals.open(wrongSource).error()), QStringList{QStringLiteral("source")});
        // A cadre may look, not refer.
        const Session cadre = Session::forUser(QStringLiteral("zhao"), QStringLiteral("赵村"), Role::Cadre,
                                               text(QStringLiteral("SELECT code FROM villages LIMIT 1")));
        QVERIFY(!Referrals(*m_db, cadre).open(referral()).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referrals")), before);
    }

    void aRefusedApplicationOrASignalIsReferred()
    {
        Referrals referrals(*m_db, m_clerk);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.id, c.household_id FROM cases c JOIN case_steps s ON s.case_id = c.id "
                                      "WHERE s.to_state = 'refused' LIMIT 1")));
        QVERIFY2(q.next(), "the demo township has a refused application");
        Referral fromCase = referral();
        fromCase.householdId = q.value(1).toString();
        fromCase.source = QStringLiteral("case");
        fromCase.sourceId = q.value(0).toString();
        fromCase.sentOn = QDate(2025, 10, 20);
        const auto opened = referrals.open(fromCase);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        QCOMPARE(opened->letterNo, QStringLiteral("2025-0002"));
        QCOMPARE(opened->source, QStringLiteral("case"));
        // The case's household is not the signal's: the signal is refused for the other.
        MonitoringSignal signal;
        signal.idNumber = *IdNumber::parse(
            text(QStringLiteral("SELECT head_id_number FROM households WHERE id = '%1'").arg(m_otherHouseholdId)));
        signal.kind = QStringLiteral("large_medical_bill");
        signal.source = QStringLiteral("县医保局");
        signal.date = QDate(2025, 10, 1);
        QVERIFY(SignalRepository(*m_db, m_clerk).import({signal}).ok());
        Referral fromSignal = referral();
        fromSignal.source = QStringLiteral("signal");
        fromSignal.sourceId =
            text(QStringLiteral("SELECT id FROM signals WHERE household_id = '%1'").arg(m_otherHouseholdId));
        QCOMPARE(fields(referrals.open(fromSignal).error()), QStringList{QStringLiteral("source_id")});
        fromSignal.householdId = m_otherHouseholdId;
        const auto declined = referrals.open(fromSignal);
        QVERIFY(declined.ok());
        QVERIFY(referrals
                    .update(declined->id, QStringLiteral("declined"), QDate(2025, 10, 20),
                            QStringLiteral("不符合条件：非本年录取"))
                    .ok());
    }

    // The city's entries come whole, replace the township's copy, and cannot take over the
    // township's own entries.
    void theCitysEntriesAreTakenInWhole()
    {
        // As the township's intake applies them: inside its transaction.
        const auto apply = [this](const QJsonObject& entry) {
            Transaction transaction(m_db->connection());
            Status s = transaction.begin();
            if (s)
                s = HelpResources::applyCityEntry(*m_db, QStringLiteral("city@220681"), entry);
            return s ? transaction.commit() : s;
        };
        QJsonObject entry{{QStringLiteral("id"), QStringLiteral("5b0e8a4e-55b8-4a8e-9d52-4c1fb5e0a001")},
                          {QStringLiteral("kind"), QStringLiteral("charity")},
                          {QStringLiteral("name"), QStringLiteral("慈善助医")},
                          {QStringLiteral("provider"), QStringLiteral("市慈善总会")},
                          {QStringLiteral("offers"), QStringLiteral("大病自付部分救助，最高2万元")},
                          {QStringLiteral("valid_from"), QStringLiteral("2025-01-01")},
                          {QStringLiteral("created_at"), QStringLiteral("2025-01-02T08:00:00.000Z")},
                          {QStringLiteral("created_by"), QStringLiteral("director")}};
        QVERIFY(apply(entry));
        QVERIFY(apply(entry)); // again: no change
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'help_resources' AND "
                                      "user_name = 'city@220681'")),
                 qint64(1));
        entry.insert(QStringLiteral("offers"), QStringLiteral("大病自付部分救助，最高3万元"));
        QVERIFY(apply(entry));
        QCOMPARE(text(QStringLiteral("SELECT offers FROM help_resources WHERE name = '慈善助医'")),
                 QStringLiteral("大病自付部分救助，最高3万元"));
        QCOMPARE(HelpResources::cityEntries(*m_db)->size(), 1);
        // The township cannot end the city's entry; its own it can, not before it began.
        HelpResources library(*m_db, m_clerk);
        QCOMPARE(fields(library.end(entry.value(QStringLiteral("id")).toString(), QDate(2025, 12, 31)).error()),
                 QStringList{QStringLiteral("resource")});
        QCOMPARE(fields(library.end(m_resourceId, QDate(2024, 12, 31)).error()),
                 QStringList{QStringLiteral("valid_until")});
        const auto ended = library.end(m_resourceId, QDate(2025, 10, 31));
        QVERIFY(ended.ok());
        QCOMPARE(ended->validUntil, QDate(2025, 10, 31));
        QCOMPARE(text(QStringLiteral("SELECT valid_until FROM help_resources WHERE id = '%1'").arg(m_resourceId)),
                 QStringLiteral("2025-10-31"));
        QJsonObject takeover = entry;
        takeover.insert(QStringLiteral("id"), m_resourceId);
        QCOMPARE(fields(apply(takeover).error()), QStringList{QStringLiteral("id")});
        QJsonObject broken = entry;
        broken.insert(QStringLiteral("kind"), QStringLiteral("x"));
        QCOMPARE(fields(apply(broken).error()), QStringList{QStringLiteral("kind")});
        verifiedClean();
    }
};

QTEST_GUILESS_MAIN(TestReferrals)
#include "TestReferrals.moc"
