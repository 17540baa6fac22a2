#include "RosterImporter.h"

#include "Clock.h"
#include "domain/Vocabulary.h"
#include "payments/ApprovedAmounts.h"
#include "sheet/CsvReader.h"
#include "sheet/RosterReader.h"
#include "sheet/XlsxReader.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/HouseholdRepository.h"
#include "store/PolicyRepository.h"
#include "store/SiteRepository.h"
#include "store/SqlStatements.h"
#include "store/StorageError.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Doudi {

namespace {

bool isZipArchive(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

} // namespace

RosterImporter::RosterImporter(Database& database, Session session)
    : m_database(database)
    , m_session(std::move(session))
{}

Result<QStringList> RosterImporter::sheetNames(const QByteArray& bytes, const QString& fileName)
{
    if (!isZipArchive(bytes)) {
        if (fileName.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive))
            return Error::invalid(QString(), tr("the old Excel 97–2003 format (.xls) cannot be read; in Excel or WPS "
                                                "choose “Save as” and the type “Excel 工作簿 (*.xlsx)”"));
        return QStringList{QString()};
    }
    auto workbook = XlsxReader::open(bytes);
    if (!workbook)
        return workbook.error();
    return workbook->sheetNames();
}

Result<SheetTable> RosterImporter::readSheet(const QByteArray& bytes, const QString& fileName, const QString& sheet)
{
    if (isZipArchive(bytes)) {
        auto workbook = XlsxReader::open(bytes);
        if (!workbook)
            return workbook.error();
        return workbook->sheet(sheet);
    }
    if (Result<QStringList> names = sheetNames(bytes, fileName); !names)
        return names.error();
    auto rows = CsvReader::read(bytes);
    if (!rows)
        return rows.error();
    SheetTable table;
    qsizetype width = 0;
    for (const QStringList& row : *rows)
        width = std::max(width, row.size());
    if (!SheetTable::fits(rows->size(), width))
        return Error::invalid(QString(), tr("the file has %1 lines and a line of %2 columns, too much for a roster (at "
                                            "most %3 cells): is it the right file?")
                                             .arg(rows->size())
                                             .arg(width)
                                             .arg(SheetTable::kMaxCells));
    table.rows.reserve(rows->size());
    for (const QStringList& row : *rows) {
        QList<SheetCell> cells;
        cells.reserve(width);
        for (const QString& text : row)
            cells.append(SheetCell{text, false});
        while (cells.size() < width)
            cells.append(SheetCell());
        table.rows.append(std::move(cells));
    }
    return table;
}

Result<RosterPlan> RosterImporter::plan(const SheetTable& table, const RosterMapping& mapping)
{
    if (Status s = m_session.require(Action::EditHousehold); !s)
        return s.error();
    SiteRepository site(m_database, m_session);
    auto villages = site.villages();
    if (!villages)
        return villages.error();
    auto info = site.site();
    if (!info)
        return info.error();
    HouseholdRepository households(m_database, m_session);
    std::optional<Error> lookupError;
    RosterContext context;
    context.townshipName = info->name;
    context.villages = *villages;
    context.registeredAs = [&](const IdNumber& id) {
        auto where = households.registeredAs(id);
        if (!where) {
            lookupError = where.error();
            return QString();
        }
        return *where;
    };
    auto plan = RosterReader::read(table, mapping, context);
    if (lookupError)
        return *lookupError;
    return plan;
}

Result<qsizetype> RosterImporter::commit(RosterPlan& plan, const QString& fileName, const QByteArray& fileBytes,
                                         bool skipInvalid)
{
    if (!plan.problems.isEmpty() && !skipInvalid)
        return Error::invalid(
            QString(), tr("the roster has %n problem(s); nothing was imported", nullptr, int(plan.problems.size())));
    Transaction transaction(m_database.connection());
    if (Status s = transaction.begin(); !s)
        return s.error();
    // The households in one go (the repository's bulk path), then their sources, then one audit
    // entry for the import itself beside the households' own.
    QList<Household> valid;
    for (const ImportedHousehold& h : plan.households) {
        if (h.valid)
            valid.append(h.household);
    }
    HouseholdRepository households(m_database, m_session);
    if (Status s = households.saveAll(valid); !s)
        return s.error();
    SqlStatements sql(m_database.connection());
    const QString name = QFileInfo(fileName).fileName();
    const QString digest = AuditLog::digest(fileBytes);
    const QString today = Clock::currentDate().toString(Qt::ISODate);
    const QString now = Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    qsizetype imported = 0;
    for (ImportedHousehold& h : plan.households) {
        if (!h.valid)
            continue;
        h.household = valid[imported++];
        QSqlQuery& q = sql.get(QStringLiteral(
            "INSERT INTO household_sources (household_id, kind, file_name, file_digest, sheet, first_row, category, "
            "status, monthly_benefit_fen, covered_persons, bank_name, phone, imported_on, imported_at, imported_by) "
            "VALUES (?, 'sheet', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // Text columns are NOT NULL: an empty cell is stored as '', never as NULL.
        const auto text = [](const QString& s) {
            return s.isNull() ? QStringLiteral("") : s;
        };
        for (const QVariant& v :
             QVariantList{h.household.uuid, name, digest, text(plan.sheet), h.rows.first(), text(h.category),
                          Vocabulary::statusCode(h.household.status), h.household.monthlyBenefitFen, h.coveredPersons,
                          text(h.bankName), text(h.phone), today, now, m_session.userName()})
            q.addBindValue(v);
        if (!q.exec())
            return Error::failed(
                tr("Cannot record where the household came from: %1").arg(StorageError::describe(q.lastError())));
    }
    // What the roster says each household is paid is its approved amount from this month on, a
    // decision of kind 'record', until a review or a new standard decides again.
    const auto policy = PolicyRepository(m_database, m_session).inForce(Clock::currentDate());
    const QString month = Clock::currentDate().toString(QStringLiteral("yyyy-MM"));
    ApprovedAmounts amounts(m_database, m_session);
    for (const ImportedHousehold& h : plan.households) {
        if (!h.valid)
            continue;
        QList<ApprovedAmount> steps =
            ApprovedAmounts::recordedSteps(policy ? &policy->policy : nullptr, h.household, month);
        if (steps.isEmpty())
            continue;
        for (ApprovedAmount& step : steps) {
            if (h.coveredPersons > 0 && step.pays())
                step.persons = h.coveredPersons;
        }
        ApprovedAmounts::Decision decision;
        decision.householdId = h.household.uuid;
        decision.source = QStringLiteral("record");
        decision.effectiveFrom = month;
        decision.decidedOn = Clock::currentDate();
        decision.note = tr("%1, row %2").arg(name).arg(h.rows.first());
        decision.steps = steps;
        if (const auto id = amounts.recordWithin(decision); !id)
            return id.error();
    }
    AuditLog audit(m_database);
    const QJsonObject summary{{QStringLiteral("file"), name},
                              {QStringLiteral("digest"), digest},
                              {QStringLiteral("sheet"), plan.sheet},
                              {QStringLiteral("households"), imported},
                              {QStringLiteral("skipped_rows"), plan.skippedRows.size()}};
    if (Status s = audit.append(m_session.userName(), QStringLiteral("import_sheet"),
                                QStringLiteral("household_sources"), digest, QJsonObject(), summary, digest);
        !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return imported;
}

} // namespace Doudi
