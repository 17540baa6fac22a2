#include "HouseholdValidator.h"

#include "Clock.h"
#include "domain/TextLimits.h"
#include "domain/Vocabulary.h"

#include <QRegularExpression>

#include <type_traits>

namespace Doudi {

namespace {
QString indexed(const char* list, qsizetype index, const char* field = nullptr)
{
    QString path = QLatin1String(list) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    if (field)
        path += QLatin1Char('.') + QLatin1String(field);
    return path;
}
} // namespace

QList<Problem> HouseholdValidator::problems(const Household& household)
{
    QList<Problem> out;
    const auto add = [&out](QString field, QString message) {
        out.append({std::move(field), std::move(message)});
    };
    // The field's path is only built for a text that is too long: validation runs for every
    // household of a re-evaluation. A path lambda returns QString, never auto: with
    // QT_USE_QSTRINGBUILDER a concatenation is a builder that points into the lambda's own
    // temporaries, gone by the time it is read.
    const auto limit = [&out](const auto& field, const QString& text, int max) {
        static_assert(std::is_same_v<decltype(field()), QString>, "a path lambda must return QString");
        if (text.size() <= max)
            return;
        if (const auto tooLong = TextLimits::check(field(), text, max))
            out.append(*tooLong);
    };
    constexpr qsizetype kMaxMembers = 50;
    if (household.members.size() > kMaxMembers)
        add(QStringLiteral("members"), tr("a household of more than %1 people is not one household").arg(kMaxMembers));
    limit([] { return QStringLiteral("address"); }, household.address, TextLimits::kAddress);

    if (household.members.isEmpty())
        add(QStringLiteral("members"), tr("a household needs at least one member"));

    const QDate today = Clock::currentDate();
    for (qsizetype i = 0; i < household.members.size(); ++i) {
        const Member& m = household.members[i];
        if (m.idNumber.isNull())
            add(indexed("members", i, "id_number"), tr("is empty"));
        if (m.name.trimmed().isEmpty())
            add(indexed("members", i, "name"), tr("is empty"));
        limit([&] { return indexed("members", i, "name"); }, m.name, TextLimits::kName);
        limit([&] { return indexed("members", i, "relation"); }, m.relation, TextLimits::kShortText);
        if (!Vocabulary::isLowercaseWord(m.relation))
            add(indexed("members", i, "relation"), tr("must be a lowercase word such as head, spouse or child"));
        if (m.birthDate) {
            if (!m.birthDate->isValid())
                add(indexed("members", i, "birth_date"), tr("is not a real date"));
            else if (*m.birthDate > today)
                add(indexed("members", i, "birth_date"), tr("is in the future"));
        }
        if (!m.disability.isNone() && (m.disability.grade < 1 || m.disability.grade > 4))
            add(indexed("members", i, "disability.grade"), tr("must be 1 to 4, not %1").arg(m.disability.grade));
        if (m.adlFailed < 0 || m.adlFailed > 6)
            add(indexed("members", i, "adl_failed"), tr("must be 0 to 6, not %1").arg(m.adlFailed));
        for (qsizetype j = 0; j < i; ++j) {
            if (!m.idNumber.isNull() && household.members[j].idNumber == m.idNumber) {
                add(indexed("members", i, "id_number"), tr("is the same ID number as member %1").arg(j + 1));
                break;
            }
        }
    }

    for (qsizetype i = 0; i < household.income.size(); ++i) {
        const IncomeItem& item = household.income[i];
        if (item.member && !household.members.isEmpty() &&
            (*item.member < 0 || *item.member >= household.members.size()))
            add(indexed("income", i, "member"), tr("there is no member %1").arg(*item.member));
        if (!Vocabulary::isLowercaseWord(item.type))
            add(indexed("income", i, "type"), tr("must be a lowercase word such as wage"));
        limit([&] { return indexed("income", i, "type"); }, item.type, TextLimits::kShortText);
        if (item.annualFen < 0)
            add(indexed("income", i, "annual_fen"), tr("must not be negative"));
    }
    for (qsizetype i = 0; i < household.expenditure.size(); ++i) {
        const ExpenditureItem& item = household.expenditure[i];
        if (!Vocabulary::expenditureTypeCodes().contains(item.type))
            add(indexed("expenditure", i, "type"), tr("must be medical_self_paid, education or care"));
        if (item.annualFen < 0)
            add(indexed("expenditure", i, "annual_fen"), tr("must not be negative"));
    }

    if (household.assets.financialFen < 0)
        add(QStringLiteral("assets.financial_fen"), tr("must not be negative"));
    for (qsizetype i = 0; i < household.assets.vehicles.size(); ++i) {
        const Vehicle& v = household.assets.vehicles[i];
        if (!Vocabulary::isLowercaseWord(v.kind))
            add(QStringLiteral("assets.") + indexed("vehicles", i, "kind"), tr("must be a lowercase word such as car"));
        limit([&]() -> QString { return QStringLiteral("assets.") + indexed("vehicles", i, "kind"); }, v.kind,
              TextLimits::kShortText);
        if (v.valueFen < 0)
            add(QStringLiteral("assets.") + indexed("vehicles", i, "value_fen"), tr("must not be negative"));
    }

    if (!household.bankAccount.isEmpty()) {
        static const QRegularExpression account(QStringLiteral("^\\d{8,30}$"));
        if (!account.match(household.bankAccount).hasMatch())
            add(QStringLiteral("bank_account"), tr("must be the account's 8 to 30 digits, without spaces"));
    }
    if (household.monthlyBenefitFen < 0)
        add(QStringLiteral("current.monthly_benefit_fen"), tr("must not be negative"));
    if (!household.exitStarted.isEmpty()) {
        static const QRegularExpression month(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
        if (!month.match(household.exitStarted).hasMatch())
            add(QStringLiteral("current.exit_started"), tr("must be a month written YYYY-MM"));
    }
    return out;
}

Status HouseholdValidator::validate(const Household& household)
{
    QList<Problem> found = problems(household);
    if (found.isEmpty())
        return success();
    return Error(Error::Kind::InvalidInput, std::move(found));
}

} // namespace Doudi
