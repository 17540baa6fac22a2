#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Doudi {

// How one bank wants its 代发 file (`doudi-bank-layout/1`): CSV or XLSX, the CSV's encoding, and
// which columns in which order under which titles. An office saves one per bank it pays through.
struct BankLayout
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::BankLayout)

public:
    struct Column
    {
        QString field; // one of fields()
        QString title;
    };

    QString name;
    QString file = QStringLiteral("csv");     // csv, xlsx
    QString encoding = QStringLiteral("gbk"); // csv only: gbk (what banks' Windows tools read) or utf-8
    bool header = true;
    QList<Column> columns;

    // reference, account_holder, bank_account, amount_yuan, amount_fen, line, village, for_month,
    // classification, persons, purpose
    static QStringList fields();
    // The layout of a bank that did not say: reference, holder, account, amount in yuan, purpose.
    static BankLayout standard();
    static Result<BankLayout> fromJson(const QByteArray& json);
    QByteArray toJson() const;
};

} // namespace Doudi
