#include "DraftKeeper.h"

#include <QDialog>
#include <QLoggingCategory>
#include <QTimer>

namespace Doudi {

namespace {
int g_interval = 3000;
Q_LOGGING_CATEGORY(lcDrafts, "doudi.drafts")
} // namespace

void DraftKeeper::setInterval(int milliseconds)
{
    g_interval = milliseconds;
}

DraftKeeper::DraftKeeper(QDialog* form, Database& database, const Session& session, QString kind, QString target,
                         std::function<QJsonObject()> capture, std::function<QString()> title)
    : QObject(form)
    , m_drafts(database, session)
    , m_kind(std::move(kind))
    , m_target(std::move(target))
    , m_capture(std::move(capture))
    , m_title(std::move(title))
    , m_timer(new QTimer(this))
{
    m_baseline = m_capture();
    m_timer->setInterval(g_interval);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::keepNow);
    m_timer->start();
    // Saved or thrown away: nothing is left to recover.
    connect(form, &QDialog::finished, this, [this] {
        m_timer->stop();
        forget();
    });
}

DraftKeeper::~DraftKeeper() = default;

void DraftKeeper::markSaved()
{
    m_baseline = m_capture();
    forget();
}

void DraftKeeper::resume(const Draft& draft)
{
    if (draft.target != m_target)
        forget();
    m_target = draft.target;
    m_kept = draft.content; // it is in the table already, under that name
}

void DraftKeeper::keepNow()
{
    const QJsonObject now = m_capture();
    if (now == m_baseline) {
        forget();
        return;
    }
    if (now == m_kept)
        return;
    // A draft that cannot be written (a full disk) costs nothing but itself: the form stays as
    // typed, and its own save will say what is wrong. Nothing personal goes to the log.
    if (const Status s = m_drafts.keep({m_kind, m_target, m_title(), now, QString()}); !s) {
        qCWarning(lcDrafts) << "a draft of a" << m_kind << "form was not kept";
        return;
    }
    m_kept = now;
}

void DraftKeeper::forget()
{
    if (m_kept.isEmpty())
        return;
    if (m_drafts.discard(m_kind, m_target))
        m_kept = {};
}

} // namespace Doudi
