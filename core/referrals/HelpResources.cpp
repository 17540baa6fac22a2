#include "HelpResources.h"

#include "Clock.h"
#include "domain/CompactJsonWriter.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/SiteRepository.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Doudi {

namespace {
constexpr int kNameLength = 60;
constexpr int kTextLength = 500;

const char* const kColumns = "id, kind, name, provider, offers, conditions, contact, valid_from, valid_until, origin, "
                             "created_at, created_by";

QByteArray content(const HelpResource& r)
{
    CompactJsonWriter out;
    out.raw("{");
    out.key("kind").string(r.kind);
    out.key("name").string(r.name);
    out.key("provider").string(r.provider);
    out.key("offers").string(r.offers);
    out.key("conditions").string(r.conditions);
    out.key("contact").string(r.contact);
    out.key("valid_from").string(r.validFrom.toString(Qt::ISODate));
    out.key("valid_until").string(r.validUntil.toString(Qt::ISODate));
    out.key("origin").string(r.origin);
    out.raw("}");
    return out.out;
}

HelpResource fromRow(const QSqlQuery& q)
{
    HelpResource r;
    r.id = q.value(0).toString();
    r.kind = q.value(1).toString();
    r.name = q.value(2).toString();
    r.provider = q.value(3).toString();
    r.offers = q.value(4).toString();
    r.conditions = q.value(5).toString();
    r.contact = q.value(6).toString();
    r.validFrom = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    r.origin = q.value(9).toString();
    r.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    r.createdBy = q.value(11).toString();
    return r;
}

Error databaseError(const QSqlQuery& q)
{
    return Error::failed(
        HelpResources::tr("Cannot read or write the resource library: %1").arg(StorageError::describe(q.lastError())));
}

// Every problem of an entry, by field; its texts trimmed.
QList<Problem> check(HelpResource& r)
{
    for (QString* text : {&r.name, &r.provider, &r.offers, &r.conditions, &r.contact})
        *text = text->trimmed();
    QList<Problem> problems;
    if (!HelpResources::kinds().contains(r.kind))
        problems.append({QStringLiteral("kind"),
                         HelpResources::tr("must be department, mass_organisation, charity or social_work")});
    if (r.name.isEmpty() || r.name.size() > kNameLength)
        problems.append(
            {QStringLiteral("name"), HelpResources::tr("write the name, at most %1 characters").arg(kNameLength)});
    if (r.provider.isEmpty() || r.provider.size() > kNameLength)
        problems.append({QStringLiteral("provider"),
                         HelpResources::tr("say who gives the help, at most %1 characters").arg(kNameLength)});
    if (r.offers.isEmpty() || r.offers.size() > kTextLength)
        problems.append({QStringLiteral("offers"),
                         HelpResources::tr("say what it offers, at most %1 characters").arg(kTextLength)});
    for (const auto& [field, text] :
         {std::pair{QStringLiteral("conditions"), r.conditions}, std::pair{QStringLiteral("contact"), r.contact}}) {
        if (text.size() > kTextLength)
            problems.append({field, HelpResources::tr("must be at most %1 characters").arg(kTextLength)});
    }
    if (!r.validFrom.isValid())
        problems.append({QStringLiteral("valid_from"), HelpResources::tr("is required (YYYY-MM-DD)")});
    else if (r.validUntil.isValid() && r.validUntil < r.validFrom)
        problems.append({QStringLiteral("valid_until"), HelpResources::tr("must not be before valid_from")});
    return problems;
}

Status insert(Database& database, const QString& userName, const HelpResource& r, const QByteArray& before)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO help_resources (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    for (const QVariant& v :
         {QVariant(r.id), QVariant(r.kind), QVariant(r.name), QVariant(r.provider), QVariant(r.offers),
          QVariant(r.conditions), QVariant(r.contact), QVariant(r.validFrom.toString(Qt::ISODate)),
          r.validUntil.isValid() ? QVariant(r.validUntil.toString(Qt::ISODate))
                                 : QVariant(QMetaType(QMetaType::QString)),
          QVariant(r.origin), QVariant(r.createdAt.toString(Qt::ISODateWithMs)), QVariant(r.createdBy)})
        q.addBindValue(v);
    if (!q.exec())
        return databaseError(q);
    const QByteArray after = content(r);
    return AuditLog(database).appendJson(userName,
                                         before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update"),
                                         QStringLiteral("help_resources"), r.id, before, after, AuditLog::digest(after),
                                         HelpResources::tr("resource library"));
}
} // namespace

HelpResources::HelpResources(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

const QStringList& HelpResources::kinds()
{
    static const QStringList all{QStringLiteral("department"), QStringLiteral("mass_organisation"),
                                 QStringLiteral("charity"), QStringLiteral("social_work")};
    return all;
}

QString HelpResources::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("department"))
        return tr("Government department");
    if (kind == QLatin1String("mass_organisation"))
        return tr("Mass organisation");
    if (kind == QLatin1String("charity"))
        return tr("Charity project");
    if (kind == QLatin1String("social_work"))
        return tr("Social-work station");
    return kind;
}

Result<HelpResource> HelpResources::add(HelpResource r)
{
    // The office's staff keep the library (at the city, the bureau's).
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    if (!r.validFrom.isValid())
        r.validFrom = Clock::currentDate();
    if (const QList<Problem> problems = check(r); !problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    const auto site = SiteRepository(m_database, m_session).site();
    if (!site)
        return site.error();
    r.origin = site->kind == QLatin1String("city") ? QStringLiteral("city") : QStringLiteral("township");
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.createdAt = Clock::currentDateTimeUtc();
    r.createdBy = m_session.userName();
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = insert(m_database, m_session.userName(), r, QByteArray()); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<HelpResource> HelpResources::end(const QString& id, const QDate& lastDay)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    const auto found = find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::invalid(QStringLiteral("resource"), tr("there is no entry of the library with this id"));
    HelpResource r = **found;
    const auto site = SiteRepository(m_database, m_session).site();
    if (!site)
        return site.error();
    const QString here = site->kind == QLatin1String("city") ? QStringLiteral("city") : QStringLiteral("township");
    if (r.origin != here)
        return Error::invalid(QStringLiteral("resource"), tr("the city's entries are ended by the city"));
    if (!lastDay.isValid() || lastDay < r.validFrom)
        return Error::invalid(QStringLiteral("valid_until"),
                              tr("must not be before %1, when the entry began").arg(r.validFrom.toString(Qt::ISODate)));
    const QByteArray before = content(r);
    r.validUntil = lastDay;
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    if (Status s = insert(m_database, m_session.userName(), r, before); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return r;
}

Result<QList<HelpResource>> HelpResources::list(const QDate& today, bool includeEnded) const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM help_resources ORDER BY kind, name, id").arg(QLatin1String(kColumns))))
        return databaseError(q);
    QList<HelpResource> out;
    while (q.next()) {
        HelpResource r = fromRow(q);
        if (includeEnded || r.validOn(today))
            out.append(r);
    }
    // By the order of kinds() (departments first), then name.
    std::stable_sort(out.begin(), out.end(), [](const HelpResource& a, const HelpResource& b) {
        return kinds().indexOf(a.kind) < kinds().indexOf(b.kind);
    });
    return out;
}

Result<std::optional<HelpResource>> HelpResources::find(const QString& id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM help_resources WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return databaseError(q);
    if (!q.next())
        return std::optional<HelpResource>();
    return std::optional<HelpResource>(fromRow(q));
}

QJsonObject HelpResources::toJson(const HelpResource& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("provider"), r.provider},
            {QStringLiteral("offers"), r.offers},
            {QStringLiteral("conditions"), r.conditions},
            {QStringLiteral("contact"), r.contact},
            {QStringLiteral("valid_from"), r.validFrom.toString(Qt::ISODate)},
            {QStringLiteral("valid_until"), r.validUntil.toString(Qt::ISODate)},
            {QStringLiteral("origin"), r.origin},
            {QStringLiteral("created_at"), r.createdAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("created_by"), r.createdBy}};
}

Result<QList<QJsonObject>> HelpResources::cityEntries(Database& city)
{
    QSqlQuery q(city.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM help_resources WHERE origin = 'city' ORDER BY created_at, id")
                    .arg(QLatin1String(kColumns))))
        return databaseError(q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(toJson(fromRow(q)));
    return out;
}

Status HelpResources::applyCityEntry(Database& township, const QString& cityUser, const QJsonObject& entry)
{
    HelpResource r;
    r.id = entry.value(QStringLiteral("id")).toString();
    r.kind = entry.value(QStringLiteral("kind")).toString();
    r.name = entry.value(QStringLiteral("name")).toString();
    r.provider = entry.value(QStringLiteral("provider")).toString();
    r.offers = entry.value(QStringLiteral("offers")).toString();
    r.conditions = entry.value(QStringLiteral("conditions")).toString();
    r.contact = entry.value(QStringLiteral("contact")).toString();
    r.validFrom = QDate::fromString(entry.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
    r.validUntil = QDate::fromString(entry.value(QStringLiteral("valid_until")).toString(), Qt::ISODate);
    r.origin = QStringLiteral("city");
    r.createdAt = QDateTime::fromString(entry.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    r.createdBy = entry.value(QStringLiteral("created_by")).toString();
    QList<Problem> problems = check(r);
    if (QUuid(r.id).isNull())
        problems.prepend({QStringLiteral("id"), tr("must be the entry's UUID")});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    const auto known = HelpResources(township, Session::unauthenticatedReader()).find(r.id);
    if (!known)
        return known.error();
    if (known->has_value() && (*known)->origin != QLatin1String("city"))
        return Error::invalid(QStringLiteral("id"), tr("is the township's own entry, not the city's"));
    const QByteArray before = known->has_value() ? content(**known) : QByteArray();
    if (before == content(r))
        return success();
    return insert(township, cityUser, r, before);
}

Result<QHash<QString, QString>> HelpResources::storedDigests(Database& database)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM help_resources").arg(QLatin1String(kColumns))))
        return databaseError(q);
    QHash<QString, QString> out;
    while (q.next()) {
        const HelpResource r = fromRow(q);
        out.insert(r.id, AuditLog::digest(content(r)));
    }
    return out;
}

} // namespace Doudi
