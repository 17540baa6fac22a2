#pragma once

#include "store/DraftRepository.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QDialog;
class QTimer;

namespace Doudi {

class Database;

// Keeps a form's draft while it is being typed (issue 18): every few seconds, when what is on the
// form differs from what it was given, the form's fields go to the drafts table; back as it was
// given, the draft goes. Closing the form — saved or its changes thrown away — removes the draft.
// A crash or a power cut leaves it, and the next start offers it back (RecoverDraftsDialog).
class DraftKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftKeeper)

public:
    // `capture` gives the form's fields; `title` what the person will be shown, asked when kept.
    DraftKeeper(QDialog* form, Database& database, const Session& session, QString kind, QString target,
                std::function<QJsonObject()> capture, std::function<QString()> title);
    ~DraftKeeper() override;

    // What is on the form now is what it was given (after filling it, after saving): no draft.
    void markSaved();
    // The form was filled from `draft`: it keeps that draft from now on, under its name.
    void resume(const Draft& draft);
    // Keeps the draft now if the form differs from what it was given, else removes it.
    void keepNow();

    const QString& target() const { return m_target; }

    // How often a changing form is kept: three seconds (tests make it shorter).
    static void setInterval(int milliseconds);

private:
    void forget();

    DraftRepository m_drafts;
    QString m_kind;
    QString m_target;
    std::function<QJsonObject()> m_capture;
    std::function<QString()> m_title;
    QJsonObject m_baseline;
    QJsonObject m_kept; // what the drafts table holds for this form; empty when nothing
    QTimer* m_timer;
};

} // namespace Doudi
