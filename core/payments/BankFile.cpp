#include "BankFile.h"

#include "domain/Money.h"
#include "rules/DeterminationJson.h"
#include "sheet/SheetText.h"
#include "store/PrivateFile.h"

#include <QCryptographicHash>
#include <QStringEncoder>

#include <algorithm>

namespace Doudi {

namespace {

QString yuanText(qint64 fen)
{
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

SheetCell cellFor(const QString& field, const PaymentBatch& batch, const PaymentLine& l)
{
    if (field == QLatin1String("reference"))
        return {l.reference, false};
    if (field == QLatin1String("account_holder"))
        return {l.accountHolder, false};
    if (field == QLatin1String("bank_account"))
        return {l.bankAccount, false};
    if (field == QLatin1String("amount_yuan"))
        return {yuanText(l.amountFen), true};
    if (field == QLatin1String("amount_fen"))
        return {QString::number(l.amountFen), true};
    if (field == QLatin1String("line"))
        return {QString::number(l.line), true};
    if (field == QLatin1String("village"))
        return {l.villageName, false};
    if (field == QLatin1String("for_month"))
        return {l.forMonth, false};
    if (field == QLatin1String("persons"))
        return {QString::number(l.persons), true};
    const QString label = DeterminationJson::classificationLabel(
        DeterminationJson::classificationFromCode(l.classification).value_or(Classification::NotEligible));
    if (field == QLatin1String("classification"))
        return {label, false};
    // purpose (摘要): what the holder reads on the statement.
    const QDate month = QDate::fromString(l.forMonth + QStringLiteral("-01"), Qt::ISODate);
    // Written in Chinese whatever the interface: the holder reads it on the bank statement.
    return {QStringLiteral("%1年%2月%3%4")
                .arg(month.year())
                .arg(month.month())
                .arg(label, batch.kind == QLatin1String("supplement") ? QStringLiteral("补发") : QString()),
            false};
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The heading of a returns column, whatever the bank called it.
enum class ReturnsColumn
{
    None,
    Reference,
    Result,
    Reason,
    Amount
};

ReturnsColumn returnsColumn(const QString& heading)
{
    const QString h = SheetText::compact(heading).toLower();
    for (const char* r : {"参考号", "业务参考号", "流水号", "客户参考号", "交易参考号", "reference", "ref"}) {
        if (h == QString::fromUtf8(r))
            return ReturnsColumn::Reference;
    }
    for (const char* r : {"状态", "处理结果", "结果", "交易状态", "处理状态", "result", "status"}) {
        if (h == QString::fromUtf8(r))
            return ReturnsColumn::Result;
    }
    for (const char* r : {"失败原因", "原因", "错误信息", "备注", "reason", "message"}) {
        if (h == QString::fromUtf8(r))
            return ReturnsColumn::Reason;
    }
    for (const char* r : {"金额", "金额(元)", "金额（元）", "交易金额", "amount", "amount(yuan)"}) {
        if (h == QString::fromUtf8(r))
            return ReturnsColumn::Amount;
    }
    return ReturnsColumn::None;
}

// 成功 / 失败 as banks write them; nullopt when it is neither.
std::optional<bool> paidResult(const QString& text)
{
    const QString t = SheetText::compact(text).toLower();
    for (const char* ok : {"成功", "已入账", "入账成功", "交易成功", "success", "ok", "paid", "s", "0"}) {
        if (t == QString::fromUtf8(ok))
            return true;
    }
    for (const char* bad : {"失败", "退回", "已退回", "交易失败", "入账失败", "failed", "fail", "f", "1"}) {
        if (t == QString::fromUtf8(bad))
            return false;
    }
    return std::nullopt;
}

} // namespace

QList<QList<SheetCell>> BankFile::rows(const BankLayout& layout, const PaymentBatch& batch,
                                       const QList<PaymentLine>& lines)
{
    QList<QList<SheetCell>> out;
    out.reserve(lines.size() + 1);
    if (layout.header) {
        QList<SheetCell> titles;
        for (const BankLayout::Column& c : layout.columns)
            titles.append({c.title, false});
        out.append(titles);
    }
    for (const PaymentLine& l : lines) {
        QList<SheetCell> row;
        row.reserve(layout.columns.size());
        for (const BankLayout::Column& c : layout.columns)
            row.append(cellFor(c.field, batch, l));
        out.append(std::move(row));
    }
    return out;
}

Result<QByteArray> BankFile::csv(const BankLayout& layout, const QList<QList<SheetCell>>& rows)
{
    QString text;
    for (const QList<SheetCell>& row : rows) {
        QStringList fields;
        for (const SheetCell& c : row)
            fields.append(csvField(c.text));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    if (layout.encoding == QLatin1String("utf-8"))
        return text.toUtf8();
    QStringEncoder gbk("GB18030");
    if (!gbk.isValid())
        return Error::failed(tr("This system cannot write GBK text; choose the layout's encoding utf-8."));
    QByteArray bytes = gbk.encode(text);
    if (gbk.hasError())
        return Error::failed(tr("A name in the batch cannot be written in GBK; choose the layout's encoding utf-8."));
    return bytes;
}

QString BankFile::digest(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Blake2b_256).toHex());
}

Result<QString> BankFile::writePrivate(const QString& path, const QByteArray& bytes)
{
    if (Status s = PrivateFile::write(path, bytes); !s)
        return s.error();
    return digest(bytes);
}

Result<QList<BankReturn>> BankFile::readReturns(const SheetTable& table)
{
    // The heading row: the first of the first ten with a reference and a result column.
    qsizetype headingRow = -1;
    QHash<int, qsizetype> columns; // ReturnsColumn → index
    for (qsizetype r = 0; r < std::min<qsizetype>(10, table.rows.size()) && headingRow < 0; ++r) {
        QHash<int, qsizetype> found;
        for (qsizetype c = 0; c < table.columnCount(); ++c) {
            const ReturnsColumn kind = returnsColumn(table.cell(r, c).text);
            if (kind != ReturnsColumn::None && !found.contains(int(kind)))
                found.insert(int(kind), c);
        }
        if (found.contains(int(ReturnsColumn::Reference)) && found.contains(int(ReturnsColumn::Result))) {
            headingRow = r;
            columns = found;
        }
    }
    if (headingRow < 0)
        return Error::invalid(QString(), tr("no heading row with a reference column (参考号) and a result column "
                                            "(处理结果) among the first ten rows"));
    QList<BankReturn> out;
    QList<Problem> problems;
    for (qsizetype r = headingRow + 1; r < table.rows.size(); ++r) {
        const QString reference = SheetText::compact(table.cell(r, columns.value(int(ReturnsColumn::Reference))).text);
        if (reference.isEmpty())
            continue; // a blank or a total line
        BankReturn ret;
        ret.row = int(r + 1);
        ret.reference = reference;
        const qsizetype resultColumn = columns.value(int(ReturnsColumn::Result));
        const auto paid = paidResult(table.cell(r, resultColumn).text);
        const QString where = tr("row %1, column %2").arg(r + 1).arg(SheetTable::columnName(resultColumn));
        if (!paid) {
            problems.append(
                {where, tr("“%1” is neither 成功 nor 失败").arg(table.cell(r, resultColumn).text.left(40))});
            continue;
        }
        ret.paid = *paid;
        if (columns.contains(int(ReturnsColumn::Reason)))
            ret.reason = table.cell(r, columns.value(int(ReturnsColumn::Reason))).text.trimmed();
        if (columns.contains(int(ReturnsColumn::Amount))) {
            const qsizetype amountColumn = columns.value(int(ReturnsColumn::Amount));
            const QString text = SheetText::compact(table.cell(r, amountColumn).text);
            if (!text.isEmpty()) {
                const auto money = Money::parse(text);
                if (!money) {
                    problems.append({tr("row %1, column %2").arg(r + 1).arg(SheetTable::columnName(amountColumn)),
                                     tr("“%1” is not an amount").arg(text.left(40))});
                    continue;
                }
                ret.amountFen = money->fen();
            }
        }
        out.append(ret);
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    if (out.isEmpty())
        return Error::invalid(QString(), tr("the returns file has no line below its headings"));
    return out;
}

} // namespace Doudi
