#include "RosterColumns.h"

#include "sheet/SheetText.h"

#include <QHash>
#include <QRegularExpression>

namespace Doudi {

namespace {

struct FieldInfo
{
    RosterField field;
    const char* code;
    QStringList headers; // normalised
};

const QList<FieldInfo>& fieldInfo()
{
    static const QList<FieldInfo> info = {
        {RosterField::Ignore, "ignore", {}},
        {RosterField::SerialNumber,
         "serial",
         {QStringLiteral("序号"), QStringLiteral("编号"), QStringLiteral("户序号")}},
        {RosterField::Name,
         "name",
         {QStringLiteral("姓名"), QStringLiteral("成员姓名"), QStringLiteral("家庭成员姓名"),
          QStringLiteral("保障对象姓名"), QStringLiteral("救助对象姓名"), QStringLiteral("人员姓名")}},
        {RosterField::HeadName,
         "head_name",
         {QStringLiteral("户主姓名"), QStringLiteral("户主"), QStringLiteral("申请人姓名"), QStringLiteral("户主名")}},
        {RosterField::IdNumber,
         "id_number",
         {QStringLiteral("公民身份号码"), QStringLiteral("身份证号"), QStringLiteral("身份证号码"),
          QStringLiteral("身份证"), QStringLiteral("成员身份证号"), QStringLiteral("成员身份证号码"),
          QStringLiteral("公民身份证号码"), QStringLiteral("公民身份证号"), QStringLiteral("证件号码"),
          QStringLiteral("身份证件号码")}},
        {RosterField::HeadIdNumber,
         "head_id_number",
         {QStringLiteral("户主身份证号"), QStringLiteral("户主身份证号码"), QStringLiteral("户主公民身份号码"),
          QStringLiteral("户主身份证")}},
        {RosterField::Relation,
         "relation",
         {QStringLiteral("与户主关系"), QStringLiteral("与户主的关系"), QStringLiteral("关系"),
          QStringLiteral("家庭关系")}},
        {RosterField::Village,
         "village",
         {QStringLiteral("村(社区)"), QStringLiteral("村(居)"), QStringLiteral("村"), QStringLiteral("社区"),
          QStringLiteral("村居"), QStringLiteral("所在村"), QStringLiteral("所属村"), QStringLiteral("所属村(社区)"),
          QStringLiteral("所在村(社区)"), QStringLiteral("村名"), QStringLiteral("村别"), QStringLiteral("村委会"),
          QStringLiteral("村(居)委会"), QStringLiteral("村(社区)名称")}},
        {RosterField::Category,
         "category",
         {QStringLiteral("保障类别"), QStringLiteral("救助类别"), QStringLiteral("类别"), QStringLiteral("保障类型"),
          QStringLiteral("对象类别"), QStringLiteral("人员类别")}},
        {RosterField::CoveredPersons,
         "covered_persons",
         {QStringLiteral("保障人数"), QStringLiteral("享受人数"), QStringLiteral("人数"), QStringLiteral("家庭人口"),
          QStringLiteral("保障人口")}},
        {RosterField::MonthlyBenefit,
         "monthly_benefit",
         {QStringLiteral("月保障金"), QStringLiteral("保障金额"), QStringLiteral("月保障金额"),
          QStringLiteral("保障金"), QStringLiteral("月救助金额"), QStringLiteral("月发放金额"),
          QStringLiteral("发放金额"), QStringLiteral("月低保金")}},
        {RosterField::BankName, "bank_name", {QStringLiteral("开户银行"), QStringLiteral("开户行")}},
        {RosterField::BankAccount,
         "bank_account",
         {QStringLiteral("银行账号"), QStringLiteral("银行卡号"), QStringLiteral("账号"), QStringLiteral("一卡通账号"),
          QStringLiteral("社保卡号"), QStringLiteral("存折账号")}},
        {RosterField::Phone,
         "phone",
         {QStringLiteral("联系电话"), QStringLiteral("电话"), QStringLiteral("手机号"), QStringLiteral("手机号码"),
          QStringLiteral("联系方式")}},
        {RosterField::Sex, "sex", {QStringLiteral("性别")}},
        {RosterField::BirthDate, "birth_date", {QStringLiteral("出生日期"), QStringLiteral("出生年月")}},
        {RosterField::Address,
         "address",
         {QStringLiteral("家庭住址"), QStringLiteral("住址"), QStringLiteral("地址"), QStringLiteral("家庭地址"),
          QStringLiteral("居住地址")}},
    };
    return info;
}

} // namespace

QList<RosterField> RosterColumns::fields()
{
    QList<RosterField> out;
    for (const FieldInfo& i : fieldInfo())
        out.append(i.field);
    return out;
}

QString RosterColumns::code(RosterField field)
{
    for (const FieldInfo& i : fieldInfo()) {
        if (i.field == field)
            return QString::fromLatin1(i.code);
    }
    return QStringLiteral("ignore");
}

std::optional<RosterField> RosterColumns::fromCode(const QString& code)
{
    for (const FieldInfo& i : fieldInfo()) {
        if (code == QLatin1String(i.code))
            return i.field;
    }
    return std::nullopt;
}

QString RosterColumns::label(RosterField field)
{
    switch (field) {
    case RosterField::Ignore:
        return tr("(not imported)");
    case RosterField::SerialNumber:
        return tr("Serial number");
    case RosterField::Name:
        return tr("Name");
    case RosterField::HeadName:
        return tr("Head's name");
    case RosterField::IdNumber:
        return tr("ID number");
    case RosterField::HeadIdNumber:
        return tr("Head's ID number");
    case RosterField::Relation:
        return tr("Relation to the head");
    case RosterField::Village:
        return tr("Village (community)");
    case RosterField::Category:
        return tr("Category");
    case RosterField::CoveredPersons:
        return tr("Persons covered");
    case RosterField::MonthlyBenefit:
        return tr("Monthly benefit");
    case RosterField::BankName:
        return tr("Bank");
    case RosterField::BankAccount:
        return tr("Bank account");
    case RosterField::Phone:
        return tr("Telephone");
    case RosterField::Sex:
        return tr("Sex");
    case RosterField::BirthDate:
        return tr("Date of birth");
    case RosterField::Address:
        return tr("Address");
    }
    return QString();
}

QString RosterColumns::normaliseHeader(const QString& header)
{
    QString text = SheetText::compact(header);
    text.replace(QChar(u'（'), QLatin1Char('(')).replace(QChar(u'）'), QLatin1Char(')'));
    while (text.startsWith(QLatin1Char('*')))
        text.remove(0, 1);
    static const QRegularExpression unit(QStringLiteral("\\((元|元/月|元/人|元/户|人|户|个|位)\\)$"));
    text.remove(unit);
    return text;
}

std::optional<RosterField> RosterColumns::recognise(const QString& header)
{
    static const QHash<QString, RosterField> byHeader = [] {
        QHash<QString, RosterField> map;
        for (const FieldInfo& i : fieldInfo()) {
            for (const QString& h : i.headers)
                map.insert(h, i.field);
        }
        return map;
    }();
    const auto it = byHeader.constFind(normaliseHeader(header));
    if (it == byHeader.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace Doudi
