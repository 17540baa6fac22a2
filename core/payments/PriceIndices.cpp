#include "PriceIndices.h"

#include "Clock.h"
#include "domain/CompactJsonWriter.h"
#include "domain/SafeQuote.h"
#include "rules/Evaluator.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {
constexpr int kLargestChangePermille = 1000; // prices doubled or gone: anything beyond is a typing slip
constexpr int kSourceLength = 200;

RecordedPriceIndex fromRow(const QSqlQuery& q)
{
    return {{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()},
            q.value(3).toString(),
            QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
            q.value(5).toString()};
}
} // namespace

PriceIndices::PriceIndices(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

std::optional<int> PriceIndices::permilleFromPercent(const QString& text)
{
    static const QRegularExpression percent(QStringLiteral("^([-+]?)(\\d{1,4})(?:\\.(\\d))?\\s*[%％]?$"));
    const QRegularExpressionMatch m = percent.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int magnitude = m.captured(2).toInt() * 10 + (m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    return m.captured(1) == QLatin1String("-") ? -magnitude : magnitude;
}

Status PriceIndices::record(const PriceIndex& index, const QString& source)
{
    if (Status s = m_session.require(Action::ImportPolicy); !s)
        return s;
    QList<Problem> problems;
    if (index.month.size() != 7 || !Evaluator::firstDayOfMonth(index.month).isValid())
        problems.append(
            {QStringLiteral("month"), tr("must be a month written YYYY-MM, not %1").arg(SafeQuote::of(index.month))});
    for (const auto& [field, value] : {std::pair{QStringLiteral("cpi_yoy_permille"), index.cpiYoyPermille},
                                       std::pair{QStringLiteral("food_cpi_yoy_permille"), index.foodCpiYoyPermille}}) {
        if (value < -kLargestChangePermille || value > kLargestChangePermille)
            problems.append({field, tr("must be between -%1 and %1 ‰ (41 is a rise of 4.1 %), not %2")
                                        .arg(kLargestChangePermille)
                                        .arg(value)});
    }
    const QString trimmedSource = source.trimmed();
    if (trimmedSource.isEmpty())
        problems.append({QStringLiteral("source"), tr("say where the figures were published")});
    else if (trimmedSource.size() > kSourceLength)
        problems.append({QStringLiteral("source"), tr("must be at most %1 characters").arg(kSourceLength)});
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);

    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s;
    const auto before = find(index.month);
    if (!before)
        return before.error();
    const auto paid = paidOn(index.month);
    if (!paid)
        return paid.error();
    if (*paid)
        return Error::failed(
            tr("The price subsidy of %1 has been paid on the recorded figures: they stay as they were.")
                .arg(index.month));
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO price_indices (month, cpi_yoy_permille, food_cpi_yoy_permille, source, recorded_at, recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET cpi_yoy_permille = excluded.cpi_yoy_permille, "
        "food_cpi_yoy_permille = excluded.food_cpi_yoy_permille, source = excluded.source, "
        "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by"));
    for (const QVariant& v : {QVariant(index.month), QVariant(index.cpiYoyPermille), QVariant(index.foodCpiYoyPermille),
                              QVariant(trimmedSource), QVariant(now), QVariant(m_session.userName())})
        q.addBindValue(v);
    if (!q.exec())
        return Error::failed(tr("Cannot record the price index: %1").arg(StorageError::describe(q.lastError())));
    const auto values = [](const PriceIndex& i, const QString& from) {
        CompactJsonWriter w;
        w.raw("{");
        w.key("month").string(i.month);
        w.key("cpi_yoy_permille").number(i.cpiYoyPermille);
        w.key("food_cpi_yoy_permille").number(i.foodCpiYoyPermille);
        w.key("source").string(from);
        w.raw("}");
        return std::move(w.out);
    };
    const QByteArray newValues = values(index, trimmedSource);
    AuditLog audit(m_database);
    if (Status s =
            audit.appendJson(m_session.userName(), (*before) ? QStringLiteral("update") : QStringLiteral("insert"),
                             QStringLiteral("price_indices"), index.month,
                             (*before) ? values((*before)->index, (*before)->source) : QByteArray(), newValues,
                             AuditLog::digest(newValues));
        !s)
        return s;
    return transaction.commit();
}

Result<std::optional<RecordedPriceIndex>> PriceIndices::find(const QString& month) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT month, cpi_yoy_permille, food_cpi_yoy_permille, source, recorded_at, recorded_by "
                             "FROM price_indices WHERE month = ?"));
    q.addBindValue(month);
    if (!q.exec())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    if (!q.next())
        return std::optional<RecordedPriceIndex>();
    return std::optional<RecordedPriceIndex>(fromRow(q));
}

Result<bool> PriceIndices::paidOn(const QString& month) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM price_subsidy_payments WHERE month = ?)"));
    q.addBindValue(month);
    if (!q.exec() || !q.next())
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    return q.value(0).toBool();
}

Result<QList<RecordedPriceIndex>> PriceIndices::all() const
{
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT month, cpi_yoy_permille, food_cpi_yoy_permille, source, recorded_at, "
                               "recorded_by FROM price_indices ORDER BY month DESC")))
        return Error::failed(tr("Database error: %1").arg(StorageError::describe(q.lastError())));
    QList<RecordedPriceIndex> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace Doudi
