#include "HouseholdJson.h"

#include "domain/CompactJsonWriter.h"
#include "domain/HouseholdValidator.h"
#include "domain/JsonReader.h"
#include "domain/Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cstdio>

namespace Doudi {

namespace {

std::optional<Disability> readDisability(JsonReader& r, const QJsonObject& o, const QString& path)
{
    const auto d = r.object(o, path, QStringLiteral("disability"), false);
    if (!d)
        return std::nullopt;
    const QString base = JsonReader::join(path, QStringLiteral("disability"));
    Disability disability;
    if (const auto type = r.string(*d, base, QStringLiteral("type"), true)) {
        const auto t = Vocabulary::disabilityFromCode(*type);
        if (!t || *t == DisabilityType::None)
            r.addProblem(JsonReader::join(base, QStringLiteral("type")),
                         HouseholdJson::tr("must be physical, visual, hearing, speech, intellectual, mental or "
                                           "multiple"));
        else
            disability.type = *t;
    }
    if (const auto grade = r.integer(*d, base, QStringLiteral("grade"), true)) {
        if (*grade < 1 || *grade > 4)
            r.addProblem(JsonReader::join(base, QStringLiteral("grade")),
                         HouseholdJson::tr("must be 1 to 4, not %1").arg(*grade));
        else
            disability.grade = int(*grade);
    }
    if (disability.isNone() || disability.grade == 0)
        return std::nullopt;
    return disability;
}

ParentState readParent(JsonReader& r, const QJsonObject& parents, const QString& base, const QString& which)
{
    const auto code = r.string(parents, base, which, false);
    if (!code)
        return ParentState::Present;
    if (const auto state = Vocabulary::parentStateFromCode(*code))
        return *state;
    r.addProblem(JsonReader::join(base, which),
                 HouseholdJson::tr("must be present, dead, declared_missing, lost_contact, detained, "
                                   "severely_disabled or seriously_ill"));
    return ParentState::Present;
}

// The fields of spec/programs.md §2: what became of the parents, where a child is brought up, the
// date of death.
void readProgramFields(JsonReader& r, const QJsonObject& o, const QString& path, Member& m)
{
    if (const auto parents = r.object(o, path, QStringLiteral("parents"), false)) {
        const QString base = JsonReader::join(path, QStringLiteral("parents"));
        m.parents.father = readParent(r, *parents, base, QStringLiteral("father"));
        m.parents.mother = readParent(r, *parents, base, QStringLiteral("mother"));
    }
    if (const auto setting = r.string(o, path, QStringLiteral("care_setting"), false)) {
        if (const auto s = Vocabulary::careSettingFromCode(*setting))
            m.careSetting = *s;
        else
            r.addProblem(JsonReader::join(path, QStringLiteral("care_setting")),
                         HouseholdJson::tr("must be family or institution"));
    }
    if (const auto died = r.string(o, path, QStringLiteral("died_on"), false)) {
        const QDate date = QDate::fromString(*died, Qt::ISODate);
        if (!date.isValid() || died->size() != 10)
            r.addProblem(JsonReader::join(path, QStringLiteral("died_on")),
                         HouseholdJson::tr("must be a real date written YYYY-MM-DD"));
        else
            m.diedOn = date;
    }
}

Member readMember(JsonReader& r, const QJsonObject& o, const QString& path)
{
    Member m;
    if (const auto id = r.string(o, path, QStringLiteral("id_number"), true)) {
        const QString idPath = JsonReader::join(path, QStringLiteral("id_number"));
        if (id->trimmed().size() != 18) {
            r.addProblem(idPath, HouseholdJson::tr("must have 18 characters, not %1").arg(id->trimmed().size()));
        } else {
            auto parsed = IdNumber::parse(*id);
            if (parsed)
                m.idNumber = parsed.value();
            else
                r.addProblem(idPath, parsed.error().problems().first().message);
        }
    }
    m.name = r.string(o, path, QStringLiteral("name"), true).value_or(QString());
    m.relation = r.string(o, path, QStringLiteral("relation"), false).value_or(QStringLiteral("other"));
    if (const auto birth = r.string(o, path, QStringLiteral("birth_date"), false)) {
        const QDate date = QDate::fromString(*birth, Qt::ISODate);
        if (!date.isValid() || birth->size() != 10)
            r.addProblem(JsonReader::join(path, QStringLiteral("birth_date")),
                         HouseholdJson::tr("must be a real date written YYYY-MM-DD"));
        else
            m.birthDate = date;
    }
    if (const auto d = readDisability(r, o, path))
        m.disability = *d;
    m.seriousIllness = r.boolean(o, path, QStringLiteral("serious_illness"), false).value_or(false);
    m.chronicIllness = r.boolean(o, path, QStringLiteral("chronic_illness"), false).value_or(false);
    m.student = r.boolean(o, path, QStringLiteral("student"), false).value_or(false);
    if (const auto adl = r.integer(o, path, QStringLiteral("adl_failed"), false)) {
        if (*adl < 0 || *adl > 6)
            r.addProblem(JsonReader::join(path, QStringLiteral("adl_failed")),
                         HouseholdJson::tr("must be 0 to 6, not %1").arg(*adl));
        else
            m.adlFailed = int(*adl);
    }
    readProgramFields(r, o, path, m);
    return m;
}

void readIncome(JsonReader& r, const QJsonObject& o, Household& h)
{
    const auto list = r.array(o, QString(), QStringLiteral("income"), false);
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("income"), i);
        const auto item = r.objectAt(*list, QStringLiteral("income"), i);
        if (!item)
            continue;
        IncomeItem income;
        if (const auto member = r.integer(*item, path, QStringLiteral("member"), false)) {
            // With no members the members field is reported already; one problem, one line.
            if ((*member < 0 || *member >= h.members.size()) && !h.members.isEmpty())
                r.addProblem(JsonReader::join(path, QStringLiteral("member")),
                             HouseholdJson::tr("there is no member %1").arg(*member));
            else
                income.member = int(*member);
        }
        income.type = r.string(*item, path, QStringLiteral("type"), true).value_or(QStringLiteral("other"));
        income.annualFen = r.nonNegative(*item, path, QStringLiteral("annual_fen"), true).value_or(0);
        h.income.append(income);
    }
}

void readExpenditure(JsonReader& r, const QJsonObject& o, Household& h)
{
    const auto list = r.array(o, QString(), QStringLiteral("expenditure"), false);
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("expenditure"), i);
        const auto item = r.objectAt(*list, QStringLiteral("expenditure"), i);
        if (!item)
            continue;
        ExpenditureItem e;
        e.type = r.string(*item, path, QStringLiteral("type"), true).value_or(QStringLiteral("care"));
        e.annualFen = r.nonNegative(*item, path, QStringLiteral("annual_fen"), true).value_or(0);
        h.expenditure.append(e);
    }
}

void readAssets(JsonReader& r, const QJsonObject& o, Household& h)
{
    const auto assets = r.object(o, QString(), QStringLiteral("assets"), false);
    if (!assets)
        return;
    const QString base = QStringLiteral("assets");
    h.assets.financialFen = r.nonNegative(*assets, base, QStringLiteral("financial_fen"), false).value_or(0);
    h.assets.businessRegistration =
        r.boolean(*assets, base, QStringLiteral("business_registration"), false).value_or(false);
    if (const auto vehicles = r.array(*assets, base, QStringLiteral("vehicles"), false)) {
        const QString listPath = JsonReader::join(base, QStringLiteral("vehicles"));
        for (qsizetype i = 0; i < vehicles->size(); ++i) {
            const auto item = r.objectAt(*vehicles, listPath, i);
            if (!item)
                continue;
            const QString path = JsonReader::index(listPath, i);
            Vehicle v;
            v.kind = r.string(*item, path, QStringLiteral("kind"), true).value_or(QStringLiteral("other"));
            v.valueFen = r.nonNegative(*item, path, QStringLiteral("value_fen"), true).value_or(0);
            h.assets.vehicles.append(v);
        }
    }
    if (const auto dwellings = r.array(*assets, base, QStringLiteral("residences"), false)) {
        const QString listPath = JsonReader::join(base, QStringLiteral("residences"));
        for (qsizetype i = 0; i < dwellings->size(); ++i) {
            const auto item = r.objectAt(*dwellings, listPath, i);
            if (!item)
                continue;
            const QString path = JsonReader::index(listPath, i);
            Dwelling d;
            d.dangerous = r.boolean(*item, path, QStringLiteral("dangerous"), false).value_or(false);
            d.note = r.string(*item, path, QStringLiteral("note"), false).value_or(QString());
            h.assets.dwellings.append(d);
        }
    }
}

void readFlagsAndCurrent(JsonReader& r, const QJsonObject& o, Household& h)
{
    if (const auto flags = r.object(o, QString(), QStringLiteral("flags"), false)) {
        const QString base = QStringLiteral("flags");
        h.flags.sustainedMedicalExpenditure =
            r.boolean(*flags, base, QStringLiteral("sustained_medical_expenditure"), false).value_or(false);
        h.flags.hasCapableSupporter =
            r.boolean(*flags, base, QStringLiteral("has_capable_supporter"), false).value_or(true);
    }
    if (const auto current = r.object(o, QString(), QStringLiteral("current"), false)) {
        const QString base = QStringLiteral("current");
        if (const auto status = r.string(*current, base, QStringLiteral("status"), false)) {
            const auto s = Vocabulary::statusFromCode(*status);
            if (!s)
                r.addProblem(JsonReader::join(base, QStringLiteral("status")),
                             HouseholdJson::tr("must be none, dibao, tekun or gradual_exit"));
            else
                h.status = *s;
        }
        h.monthlyBenefitFen = r.nonNegative(*current, base, QStringLiteral("monthly_benefit_fen"), false).value_or(0);
        h.exitStarted = r.string(*current, base, QStringLiteral("exit_started"), false).value_or(QString());
    }
}

} // namespace

Result<Household> HouseholdJson::fromJson(const QJsonObject& o)
{
    JsonReader r;
    Household h;
    if (const auto format = r.string(o, QString(), QStringLiteral("format"), true); format && *format != kFormat)
        r.addProblem(QStringLiteral("format"), tr("must be %1").arg(kFormat));
    if (const auto residence = r.string(o, QString(), QStringLiteral("residence"), true)) {
        const auto res = Vocabulary::residenceFromCode(*residence);
        if (!res)
            r.addProblem(QStringLiteral("residence"), tr("must be rural or urban"));
        else
            h.residence = *res;
    }
    h.uuid = r.string(o, QString(), QStringLiteral("id"), false).value_or(QString());
    h.villageCode = r.string(o, QString(), QStringLiteral("village"), false).value_or(QString());
    h.address = r.string(o, QString(), QStringLiteral("address"), false).value_or(QString());
    h.bankAccount = r.string(o, QString(), QStringLiteral("bank_account"), false).value_or(QString());

    if (const auto members = r.array(o, QString(), QStringLiteral("members"), true)) {
        for (qsizetype i = 0; i < members->size(); ++i) {
            if (const auto m = r.objectAt(*members, QStringLiteral("members"), i))
                h.members.append(readMember(r, *m, JsonReader::index(QStringLiteral("members"), i)));
            else
                h.members.append(Member{});
        }
    }
    readIncome(r, o, h);
    readExpenditure(r, o, h);
    readAssets(r, o, h);
    readFlagsAndCurrent(r, o, h);

    // The shared rules, without repeating a field the reader already found wrong.
    const QList<Problem> reported = r.problems();
    const auto alreadyReported = [&reported](const QString& field) {
        return std::any_of(reported.cbegin(), reported.cend(),
                           [&field](const Problem& p) { return field.startsWith(p.field); });
    };
    for (const auto& p : HouseholdValidator::problems(h)) {
        if (!alreadyReported(p.field))
            r.addProblem(p.field, p.message);
    }
    if (r.hasProblems())
        return r.error();
    return h;
}

Result<Household> HouseholdJson::read(const QByteArray& json)
{
    const auto doc = JsonReader::parseDocument(json);
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::invalid(QString(), tr("a household must be a JSON object"));
    return fromJson(doc->object());
}

Result<QList<Household>> HouseholdJson::readMany(const QByteArray& json)
{
    const auto parsed = JsonReader::parseDocument(json);
    if (!parsed)
        return parsed.error();
    const QJsonDocument& doc = *parsed;
    if (doc.isObject()) {
        auto one = fromJson(doc.object());
        if (!one)
            return one.error();
        return QList<Household>{std::move(one).value()};
    }
    QList<Household> all;
    QList<Problem> problems;
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = JsonReader::index(QString(), i);
        if (!array.at(i).isObject()) {
            problems.append({prefix, tr("must be an object")});
            continue;
        }
        auto one = fromJson(array.at(i).toObject());
        if (one)
            all.append(std::move(one).value());
        else
            problems.append(one.error().withFieldPrefix(prefix).problems());
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return all;
}

QJsonObject HouseholdJson::toJson(const Household& h)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    if (!h.uuid.isEmpty())
        o.insert(QStringLiteral("id"), h.uuid);
    if (!h.villageCode.isEmpty())
        o.insert(QStringLiteral("village"), h.villageCode);
    if (!h.address.isEmpty())
        o.insert(QStringLiteral("address"), h.address);
    if (!h.bankAccount.isEmpty())
        o.insert(QStringLiteral("bank_account"), h.bankAccount);
    o.insert(QStringLiteral("residence"), Vocabulary::residenceCode(h.residence));

    QJsonArray members;
    for (const Member& m : h.members) {
        QJsonObject mo;
        mo.insert(QStringLiteral("id_number"), m.idNumber.toString());
        mo.insert(QStringLiteral("name"), m.name);
        mo.insert(QStringLiteral("relation"), m.relation);
        if (m.birthDate)
            mo.insert(QStringLiteral("birth_date"), m.birthDate->toString(Qt::ISODate));
        if (!m.disability.isNone())
            mo.insert(QStringLiteral("disability"),
                      QJsonObject{{QStringLiteral("type"), Vocabulary::disabilityCode(m.disability.type)},
                                  {QStringLiteral("grade"), m.disability.grade}});
        mo.insert(QStringLiteral("serious_illness"), m.seriousIllness);
        mo.insert(QStringLiteral("chronic_illness"), m.chronicIllness);
        mo.insert(QStringLiteral("student"), m.student);
        mo.insert(QStringLiteral("adl_failed"), m.adlFailed);
        // The fields of the other programs only when they say something: a household without them
        // keeps the document (and the audit digest) it always had.
        if (!m.parents.isDefault())
            mo.insert(QStringLiteral("parents"),
                      QJsonObject{{QStringLiteral("father"), Vocabulary::parentStateCode(m.parents.father)},
                                  {QStringLiteral("mother"), Vocabulary::parentStateCode(m.parents.mother)}});
        if (m.careSetting != CareSetting::Family)
            mo.insert(QStringLiteral("care_setting"), Vocabulary::careSettingCode(m.careSetting));
        if (m.diedOn)
            mo.insert(QStringLiteral("died_on"), m.diedOn->toString(Qt::ISODate));
        members.append(mo);
    }
    o.insert(QStringLiteral("members"), members);

    QJsonArray income;
    for (const IncomeItem& i : h.income)
        income.append(QJsonObject{{QStringLiteral("member"), i.member ? QJsonValue(*i.member) : QJsonValue()},
                                  {QStringLiteral("type"), i.type},
                                  {QStringLiteral("annual_fen"), i.annualFen}});
    o.insert(QStringLiteral("income"), income);

    QJsonArray expenditure;
    for (const ExpenditureItem& e : h.expenditure)
        expenditure.append(QJsonObject{{QStringLiteral("type"), e.type}, {QStringLiteral("annual_fen"), e.annualFen}});
    o.insert(QStringLiteral("expenditure"), expenditure);

    QJsonArray vehicles;
    for (const Vehicle& v : h.assets.vehicles)
        vehicles.append(QJsonObject{{QStringLiteral("kind"), v.kind}, {QStringLiteral("value_fen"), v.valueFen}});
    QJsonArray dwellings;
    for (const Dwelling& d : h.assets.dwellings) {
        QJsonObject dobj{{QStringLiteral("dangerous"), d.dangerous}};
        if (!d.note.isEmpty())
            dobj.insert(QStringLiteral("note"), d.note);
        dwellings.append(dobj);
    }
    o.insert(QStringLiteral("assets"),
             QJsonObject{{QStringLiteral("financial_fen"), h.assets.financialFen},
                         {QStringLiteral("vehicles"), vehicles},
                         {QStringLiteral("residences"), dwellings},
                         {QStringLiteral("business_registration"), h.assets.businessRegistration}});
    o.insert(QStringLiteral("flags"),
             QJsonObject{{QStringLiteral("sustained_medical_expenditure"), h.flags.sustainedMedicalExpenditure},
                         {QStringLiteral("has_capable_supporter"), h.flags.hasCapableSupporter}});
    o.insert(QStringLiteral("current"),
             QJsonObject{
                 {QStringLiteral("status"), Vocabulary::statusCode(h.status)},
                 {QStringLiteral("monthly_benefit_fen"), h.monthlyBenefitFen},
                 {QStringLiteral("exit_started"), h.exitStarted.isEmpty() ? QJsonValue() : QJsonValue(h.exitStarted)}});
    return o;
}

QByteArray HouseholdJson::compact(const Household& h)
{
    CompactJsonWriter w;
    w.raw("{");
    w.key("format").string(kFormat);
    w.key("id").string(h.uuid);
    w.key("village").string(h.villageCode);
    w.key("address").string(h.address);
    if (!h.bankAccount.isEmpty())
        w.key("bank_account").string(h.bankAccount);
    w.key("residence").string(Vocabulary::residenceCode(h.residence));
    w.key("members").raw("[");
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Member& m = h.members[i];
        w.next(i == 0).raw("{");
        w.key("id_number").string(m.idNumber.toString());
        w.key("name").string(m.name);
        w.key("relation").string(m.relation);
        if (m.birthDate)
            w.key("birth_date").string(m.birthDate->toString(Qt::ISODate));
        if (!m.disability.isNone()) {
            w.key("disability").raw("{");
            w.key("type").string(Vocabulary::disabilityCode(m.disability.type));
            w.key("grade").number(m.disability.grade);
            w.raw("}");
        }
        w.key("serious_illness").boolean(m.seriousIllness);
        w.key("chronic_illness").boolean(m.chronicIllness);
        w.key("student").boolean(m.student);
        w.key("adl_failed").number(m.adlFailed);
        if (!m.parents.isDefault()) {
            w.key("parents").raw("{");
            w.key("father").string(Vocabulary::parentStateCode(m.parents.father));
            w.key("mother").string(Vocabulary::parentStateCode(m.parents.mother));
            w.raw("}");
        }
        if (m.careSetting != CareSetting::Family)
            w.key("care_setting").string(Vocabulary::careSettingCode(m.careSetting));
        if (m.diedOn)
            w.key("died_on").string(m.diedOn->toString(Qt::ISODate));
        w.raw("}");
    }
    w.raw("]");
    w.key("income").raw("[");
    for (qsizetype i = 0; i < h.income.size(); ++i) {
        const IncomeItem& item = h.income[i];
        w.next(i == 0).raw("{");
        w.key("member");
        if (item.member)
            w.number(*item.member);
        else
            w.raw("null");
        w.key("type").string(item.type);
        w.key("annual_fen").number(item.annualFen);
        w.raw("}");
    }
    w.raw("]");
    w.key("expenditure").raw("[");
    for (qsizetype i = 0; i < h.expenditure.size(); ++i) {
        w.next(i == 0).raw("{");
        w.key("type").string(h.expenditure[i].type);
        w.key("annual_fen").number(h.expenditure[i].annualFen);
        w.raw("}");
    }
    w.raw("]");
    w.key("assets").raw("{");
    w.key("financial_fen").number(h.assets.financialFen);
    w.key("vehicles").raw("[");
    for (qsizetype i = 0; i < h.assets.vehicles.size(); ++i) {
        w.next(i == 0).raw("{");
        w.key("kind").string(h.assets.vehicles[i].kind);
        w.key("value_fen").number(h.assets.vehicles[i].valueFen);
        w.raw("}");
    }
    w.raw("]");
    w.key("residences").raw("[");
    for (qsizetype i = 0; i < h.assets.dwellings.size(); ++i) {
        w.next(i == 0).raw("{");
        w.key("dangerous").boolean(h.assets.dwellings[i].dangerous);
        if (!h.assets.dwellings[i].note.isEmpty())
            w.key("note").string(h.assets.dwellings[i].note);
        w.raw("}");
    }
    w.raw("]");
    w.key("business_registration").boolean(h.assets.businessRegistration);
    w.raw("}");
    w.key("flags").raw("{");
    w.key("sustained_medical_expenditure").boolean(h.flags.sustainedMedicalExpenditure);
    w.key("has_capable_supporter").boolean(h.flags.hasCapableSupporter);
    w.raw("}");
    w.key("current").raw("{");
    w.key("status").string(Vocabulary::statusCode(h.status));
    w.key("monthly_benefit_fen").number(h.monthlyBenefitFen);
    w.key("exit_started");
    if (h.exitStarted.isEmpty())
        w.raw("null");
    else
        w.string(h.exitStarted);
    w.raw("}");
    w.raw("}");
    return std::move(w.out);
}

QByteArray HouseholdJson::write(const Household& h)
{
    return QJsonDocument(toJson(h)).toJson(QJsonDocument::Indented);
}

} // namespace Doudi
