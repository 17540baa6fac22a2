#include "BankFileExport.h"

#include "BankFileXlsx.h"
#include "DocumentLanguage.h"
#include "payments/BankFile.h"
#include "payments/BankLayouts.h"
#include "sheet/RosterImporter.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Doudi {

Result<BankFileRecord> BankFileExport::write(Database& database, const Session& session, const PaymentBatch& batch,
                                             const QString& layoutName, const QString& path)
{
    if (!batch.isApproved())
        return Error::failed(
            tr("Batch %1 is not approved yet: only an approved batch goes to the bank.").arg(batch.number));
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error::invalid(QStringLiteral("out"), tr("must end in .csv or .xlsx"));
    PaymentBatches batches(database, session);
    const auto layout = BankLayouts(database, session).find(layoutName);
    if (!layout)
        return layout.error();
    const auto lines = batches.lines(batch.id);
    if (!lines)
        return lines.error();
    const DocumentLanguage chinese; // the file is a document: its purpose line is read on a bank statement
    const auto rows = BankFile::rows(*layout, batch, *lines);
    const auto bytes =
        suffix == QLatin1String("csv") ? BankFile::csv(*layout, rows) : BankFileXlsx::render(batch.number, rows);
    if (!bytes)
        return bytes.error();
    const auto digest = BankFile::writePrivate(path, *bytes);
    if (!digest)
        return digest.error();
    BankFileRecord record;
    record.batchId = batch.id;
    record.direction = QStringLiteral("export");
    record.fileName = QFileInfo(path).fileName();
    record.layout = layout->name;
    record.format = suffix;
    record.rows = int(lines->size());
    record.totalFen = batch.totalFen;
    record.digest = *digest;
    if (Status s = batches.recordExport(record); !s) {
        QFile::remove(path);
        return s.error();
    }
    return record;
}

Status BankFileExport::importReturns(Database& database, const Session& session, const QString& batchId,
                                     const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const auto table = RosterImporter::readSheet(bytes, path, QString());
    if (!table)
        return table.error();
    const auto returns = BankFile::readReturns(*table);
    if (!returns)
        return returns.error();
    BankFileRecord record;
    record.fileName = QFileInfo(path).fileName();
    record.format = QFileInfo(path).suffix().toLower();
    record.rows = int(returns->size());
    for (const BankReturn& r : *returns)
        record.totalFen += std::max<qint64>(r.amountFen, 0);
    record.digest = BankFile::digest(bytes);
    return PaymentBatches(database, session).applyReturns(batchId, *returns, record);
}

} // namespace Doudi
