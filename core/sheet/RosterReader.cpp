#include "RosterReader.h"

#include "domain/HouseholdValidator.h"
#include "domain/Money.h"
#include "domain/SafeQuote.h"
#include "domain/Vocabulary.h"
#include "sheet/SheetText.h"

#include <QRegularExpression>
#include <QSet>

namespace Doudi {

namespace {

// The header is looked for in the first rows only: above it are titles and unit lines.
constexpr int kHeaderSearchRows = 20;

// At most 40 characters of a bad value are quoted back, any ID-shaped run masked.
QString quoted(const QString& value)
{
    return SafeQuote::of(value);
}

// Digits only: bank accounts and codes that clerks type with spaces or dashes.
QString digitsOf(const QString& text)
{
    QString out = SheetText::compact(text);
    out.remove(QLatin1Char('-'));
    if (out.startsWith(QLatin1Char('\'')))
        out.remove(0, 1);
    return out;
}

// A number Excel stored with 15 significant digits, or wrote in scientific notation.
bool lostDigits(const SheetCell& cell, const QString& digits)
{
    static const QRegularExpression scientific(QStringLiteral("^\\d(\\.\\d+)?[Ee]\\+?\\d+$"));
    if (scientific.match(digits).hasMatch())
        return true;
    return cell.number && digits.size() > 15;
}

std::optional<QDate> dateFrom(const QString& raw)
{
    const QString text = SheetText::compact(raw);
    static const QRegularExpression ymd(QStringLiteral("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?$"));
    static const QRegularExpression compactDate(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(text);
    if (!m.hasMatch())
        m = compactDate.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace

Result<RosterPlan> RosterReader::read(const SheetTable& table, const RosterMapping& mapping,
                                      const RosterContext& context)
{
    RosterReader reader(table, mapping, context);
    if (Status s = reader.findHeader(); !s)
        return s.error();
    reader.readRows();
    reader.checkHouseholds();
    reader.markInvalid();
    return std::move(reader.m_plan);
}

RosterReader::RosterReader(const SheetTable& table, const RosterMapping& mapping, const RosterContext& context)
    : m_table(table)
    , m_mapping(mapping)
    , m_context(context)
{
    m_plan.sheet = table.name;
}

Result<IdNumber> RosterReader::idNumberFrom(const SheetCell& cell)
{
    QString digits = digitsOf(cell.text).toUpper();
    if (digits.isEmpty())
        return Error::invalid(QString(), tr("the ID number is empty"));
    const auto numberTurned = [] {
        return Error::invalid(QString(), tr("Excel turned this ID number into a number and lost its last digits; "
                                            "format the column as text and type the number again"));
    };
    if (lostDigits(cell, digits))
        return numberTurned();
    // Excel's 15 digits padded with zeros: 18 digits ending 000 whose check character is wrong.
    static const QRegularExpression padded(QStringLiteral("^\\d{15}000$"));
    if (padded.match(digits).hasMatch() && IdNumber::checkCharacter(QStringView(digits).left(17)) != QLatin1Char('0'))
        return numberTurned();
    auto id = IdNumber::parse(digits);
    if (!id)
        return Error::invalid(QString(), tr("the ID number is not valid: %1").arg(id.error().toString()));
    return id;
}

QString RosterReader::relationFrom(const QString& raw)
{
    QString text = SheetText::compact(raw);
    if (text.startsWith(QStringLiteral("之")) || text.startsWith(QStringLiteral("的")))
        text.remove(0, 1);
    static const QHash<QString, QString> exact = {
        {QStringLiteral("户主"), QStringLiteral("head")},     {QStringLiteral("本人"), QStringLiteral("head")},
        {QStringLiteral("户主本人"), QStringLiteral("head")}, {QStringLiteral("配偶"), QStringLiteral("spouse")},
        {QStringLiteral("妻"), QStringLiteral("spouse")},     {QStringLiteral("妻子"), QStringLiteral("spouse")},
        {QStringLiteral("夫"), QStringLiteral("spouse")},     {QStringLiteral("丈夫"), QStringLiteral("spouse")},
        {QStringLiteral("老伴"), QStringLiteral("spouse")},   {QStringLiteral("父亲"), QStringLiteral("parent")},
        {QStringLiteral("母亲"), QStringLiteral("parent")},   {QStringLiteral("父"), QStringLiteral("parent")},
        {QStringLiteral("母"), QStringLiteral("parent")},     {QStringLiteral("父母"), QStringLiteral("parent")},
        {QStringLiteral("继父"), QStringLiteral("parent")},   {QStringLiteral("继母"), QStringLiteral("parent")},
        {QStringLiteral("养父"), QStringLiteral("parent")},   {QStringLiteral("养母"), QStringLiteral("parent")},
        {QStringLiteral("岳父"), QStringLiteral("other")},    {QStringLiteral("岳母"), QStringLiteral("other")},
        {QStringLiteral("公公"), QStringLiteral("other")},    {QStringLiteral("婆婆"), QStringLiteral("other")},
        {QStringLiteral("其他"), QStringLiteral("other")},    {QStringLiteral("其它"), QStringLiteral("other")},
    };
    if (const auto it = exact.constFind(text); it != exact.constEnd())
        return *it;
    if (text.isEmpty())
        return QString();
    // The families of words: 孙子, 外孙女; 祖父, 外祖母; 儿媳, 女婿; 长子, 次女; 兄, 妹.
    if (text.contains(u'孙'))
        return QStringLiteral("grandchild");
    if (text.contains(QStringLiteral("祖")) || text == QStringLiteral("爷爷") || text == QStringLiteral("奶奶") ||
        text == QStringLiteral("姥姥") || text == QStringLiteral("姥爷"))
        return QStringLiteral("grandparent");
    if (text.contains(u'媳') || text.contains(u'婿'))
        return QStringLiteral("child_in_law");
    static const QRegularExpression sibling(
        QStringLiteral("^(兄|弟|姐|妹|哥|兄弟|姐妹|哥哥|弟弟|姐姐|妹妹|兄弟姐妹)$"));
    if (sibling.match(text).hasMatch())
        return QStringLiteral("sibling");
    static const QRegularExpression child(QStringLiteral(
        "^(子|女|儿|儿子|女儿|子女|[长次二三四五六七八九小]?[子女]|独生[子女]|[养继][子女]|非婚生[子女])$"));
    if (child.match(text).hasMatch())
        return QStringLiteral("child");
    if (text.startsWith(QStringLiteral("侄")) || text.startsWith(QStringLiteral("外甥")) || text.contains(u'叔') ||
        text.contains(u'伯') || text.contains(u'姑') || text.contains(u'舅') || text.contains(u'姨'))
        return QStringLiteral("other");
    return QString();
}

std::optional<HouseholdStatus> RosterReader::statusFrom(const QString& raw)
{
    const QString text = SheetText::compact(raw);
    if (text.isEmpty() || text == QStringLiteral("无") || text == QStringLiteral("非保障对象"))
        return HouseholdStatus::None;
    if (text.contains(QStringLiteral("渐退")))
        return HouseholdStatus::GradualExit;
    if (text.contains(QStringLiteral("特困")) || text.contains(QStringLiteral("五保")) ||
        text.contains(QStringLiteral("供养")))
        return HouseholdStatus::Tekun;
    if (text.contains(QStringLiteral("低保")) || text.contains(QStringLiteral("最低生活保障")))
        return HouseholdStatus::Dibao;
    return std::nullopt;
}

SheetCell RosterReader::cell(int row, RosterField field) const
{
    const int c = column(field);
    return c < 0 ? SheetCell() : m_table.cell(row, c);
}

QString RosterReader::text(int row, RosterField field) const
{
    return cell(row, field).text.trimmed();
}

void RosterReader::problem(int row, RosterField field, const QString& message)
{
    const int c = column(field);
    m_plan.problems.append({row + 1, c < 0 ? QString() : SheetTable::columnName(c), message});
}

void RosterReader::note(int row, RosterField field, const QString& message)
{
    const int c = column(field);
    m_plan.notes.append({row + 1, c < 0 ? QString() : SheetTable::columnName(c), message});
}

Status RosterReader::findHeader()
{
    const auto fieldsOf = [this](int row) {
        QSet<RosterField> found;
        for (qsizetype c = 0; c < m_table.columnCount(); ++c) {
            if (const auto f = m_mapping.fieldFor(m_table.cell(row, c).text); f && *f != RosterField::Ignore)
                found.insert(*f);
        }
        return found;
    };
    int header = -1;
    for (int r = 0; r < std::min<qsizetype>(kHeaderSearchRows, m_table.rows.size()); ++r) {
        const QSet<RosterField> found = fieldsOf(r);
        if (found.size() >= 2 && (found.contains(RosterField::Name) || found.contains(RosterField::HeadName) ||
                                  found.contains(RosterField::IdNumber))) {
            header = r;
            break;
        }
    }
    if (header < 0)
        return Error::invalid(QString(), tr("no header row found: one of the first %1 rows must name columns such as "
                                            "姓名 and 公民身份号码; say what the columns are in a mapping")
                                             .arg(kHeaderSearchRows));

    // A two-row header: a group heading (家庭成员, merged across) above 姓名, 身份证号 … Either the
    // row found is the lower one (the row above names fields too), or the row below names a field
    // its upper cell does not and holds no data (no number, nothing ID-shaped).
    int top = header;
    int below = -1;
    if (header > 0 && fieldsOf(header - 1).size() >= 2) {
        top = header - 1;
        below = header;
    } else if (header + 1 < m_table.rows.size()) {
        static const QRegularExpression data(QStringLiteral("\\d{6,}"));
        bool names = false;
        bool holdsData = false;
        for (qsizetype c = 0; c < m_table.columnCount(); ++c) {
            const SheetCell sub = m_table.cell(header + 1, c);
            if (sub.number || data.match(SheetText::compact(sub.text)).hasMatch())
                holdsData = true;
            if (m_mapping.fieldFor(sub.text) && RosterColumns::normaliseHeader(sub.text) !=
                                                    RosterColumns::normaliseHeader(m_table.cell(header, c).text))
                names = true;
        }
        if (names && !holdsData)
            below = header + 1;
    }
    const int last = below >= 0 ? below : top;
    m_firstDataRow = last + 1;
    m_plan.headerRow = last + 1;

    for (qsizetype c = 0; c < m_table.columnCount(); ++c) {
        QString title = m_table.cell(top, c).text.simplified();
        if (below >= 0) {
            const QString sub = m_table.cell(below, c).text.simplified();
            if (m_mapping.fieldFor(sub) || (!sub.isEmpty() && title.isEmpty()))
                title = sub;
        }
        RosterField field = m_mapping.fieldFor(title).value_or(RosterField::Ignore);
        if (field != RosterField::Ignore && m_columns.contains(field)) {
            m_plan.notes.append(
                {m_plan.headerRow, SheetTable::columnName(c),
                 tr("“%1” is a second column for %2; only column %3 is read")
                     .arg(quoted(title), RosterColumns::label(field), SheetTable::columnName(m_columns.value(field)))});
            field = RosterField::Ignore;
        } else if (field == RosterField::Ignore && !title.isEmpty() &&
                   !m_mapping.columns.contains(RosterColumns::normaliseHeader(title))) {
            m_plan.notes.append({m_plan.headerRow, SheetTable::columnName(c),
                                 tr("the column “%1” is not recognised and is not imported").arg(quoted(title))});
        }
        if (field != RosterField::Ignore)
            m_columns.insert(field, int(c));
        m_plan.columns.append({int(c), title, field});
    }

    if (column(RosterField::IdNumber) < 0)
        return Error::invalid(QString(), tr("the roster has no column of ID numbers (公民身份号码 or 身份证号)"));
    if (column(RosterField::Name) < 0 && column(RosterField::HeadName) < 0)
        return Error::invalid(QString(), tr("the roster has no column of names (姓名)"));
    if (column(RosterField::Village) < 0) {
        const auto active = std::count_if(m_context.villages.begin(), m_context.villages.end(),
                                          [](const Village& v) { return !v.isRetired(); });
        if (active != 1)
            return Error::invalid(QString(),
                                  tr("the roster has no village column (村（社区）); add one or map a column to it"));
    }

    if (column(RosterField::HeadIdNumber) >= 0)
        m_grouping = Grouping::ByHeadIdNumber;
    else if (column(RosterField::Relation) >= 0)
        m_grouping = Grouping::ByRelation;
    else if (column(RosterField::Name) >= 0 && column(RosterField::HeadName) >= 0)
        m_grouping = Grouping::ByHeadName;
    else
        m_grouping = Grouping::OneRowEach;
    return success();
}

bool RosterReader::isTotalRow(int row) const
{
    static const QRegularExpression total(QStringLiteral("^(合计|总计|小计|共计|总合计)"));
    for (const SheetCell& c : m_table.rows[row]) {
        const QString text = c.text.trimmed();
        if (text.isEmpty() || !QStringLiteral("合总小共").contains(text.front()))
            continue; // most cells: no regular expression
        if (total.match(SheetText::compact(text)).hasMatch())
            return true;
    }
    return false;
}

bool RosterReader::isNoteLine(int row) const
{
    // A signature or remark line (制表人：… 审核人：…) merged across the sheet: one text everywhere;
    // or, unmerged (a CSV), cells that are each such a label: 制表人：, 审核人：刘敏, 日期：.
    static const QRegularExpression signature(
        QStringLiteral("^(制表|填表|审核|审批|复核|经办|负责人|主管领导|签字|签章|盖章|填报|日期)"));
    QString seen;
    int filled = 0;
    bool sameEverywhere = true;
    bool allSignatures = true;
    for (const SheetCell& c : m_table.rows[row]) {
        if (c.isBlank())
            continue;
        sameEverywhere = sameEverywhere && (filled == 0 || c.text == seen);
        allSignatures = allSignatures && signature.match(SheetText::compact(c.text)).hasMatch();
        seen = c.text;
        ++filled;
    }
    return (filled > 1 && sameEverywhere) || (filled > 0 && allSignatures);
}

std::optional<Village> RosterReader::villageFrom(const QString& raw) const
{
    QString text = SheetText::compact(raw);
    const QString& township = m_context.townshipName;
    if (!township.isEmpty() && text.startsWith(township) && text.size() > township.size())
        text = text.mid(township.size());
    // The committee's full name: 砬台村民委员会, 砬台村委会 → 砬台村; 宝山社区居民委员会 → 宝山社区.
    static const QRegularExpression committee(QStringLiteral("(村民委员会|村委会)$"));
    static const QRegularExpression residents(QStringLiteral("(社区居民委员会|社区居委会|居民委员会|居委会)$"));
    QString asVillage = text;
    asVillage.replace(committee, QStringLiteral("村"));
    QString asCommunity = text;
    asCommunity.replace(residents, QStringLiteral("社区"));
    const Village* byBase = nullptr;
    int baseMatches = 0;
    for (const Village& v : m_context.villages) {
        if (v.code == text || v.name == text || v.name == asVillage || v.name == asCommunity)
            return v;
        // 砬台 for 砬台村, when only one village has that base.
        static const QRegularExpression suffix(QStringLiteral("(村|社区)$"));
        const QString base = QString(v.name).remove(suffix);
        if (base == text) {
            byBase = &v;
            ++baseMatches;
        }
    }
    if (baseMatches == 1)
        return *byBase;
    return std::nullopt;
}

void RosterReader::readRows()
{
    QHash<QString, qsizetype> householdOfHead; // head's ID number → household (ByHeadIdNumber)
    struct Pending
    {
        int row;
        QString headId;
        Member member;
    };
    QList<Pending> pending; // members whose head's row comes later
    qsizetype current = -1;

    for (int r = m_firstDataRow; r < m_table.rows.size(); ++r) {
        const QList<SheetCell>& cells = m_table.rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const SheetCell& c) { return c.isBlank(); }))
            continue;
        if (isTotalRow(r) || isNoteLine(r))
            continue;
        const RosterField nameField = column(RosterField::Name) >= 0 ? RosterField::Name : RosterField::HeadName;
        const QString name = SheetText::compact(text(r, nameField));
        const SheetCell idCell = cell(r, RosterField::IdNumber);
        if (name.isEmpty() && idCell.isBlank()) {
            note(r, RosterField::Ignore, tr("the row has neither a name nor an ID number and is not imported"));
            continue;
        }

        Member member;
        member.name = name;
        if (name.isEmpty())
            problem(r, nameField, tr("the name is empty"));
        if (auto id = idNumberFrom(idCell); !id) {
            problem(r, RosterField::IdNumber, id.error().toString());
        } else {
            member.idNumber = *id;
            if (const auto seen = m_rowOfId.constFind(id->toString()); seen != m_rowOfId.constEnd()) {
                problem(r, RosterField::IdNumber, tr("the same person is on row %1 already").arg(*seen + 1));
            } else {
                m_rowOfId.insert(id->toString(), r);
                if (m_context.registeredAs) {
                    if (const QString where = m_context.registeredAs(*id); !where.isEmpty())
                        problem(r, RosterField::IdNumber, tr("this person is registered already (%1)").arg(where));
                }
            }
        }

        QString relationText = text(r, RosterField::Relation);
        QString relation = relationFrom(relationText);
        if (relationText.isEmpty() && m_grouping == Grouping::ByRelation) {
            problem(r, RosterField::Relation, tr("the relation to the head is empty"));
            relation = QStringLiteral("other");
        } else if (!relationText.isEmpty() && relation.isEmpty()) {
            note(r, RosterField::Relation,
                 tr("the relation “%1” is not one Doudi knows; recorded as other").arg(quoted(relationText)));
            relation = QStringLiteral("other");
        }

        if (const QString sex = SheetText::compact(text(r, RosterField::Sex));
            !sex.isEmpty() && !member.idNumber.isNull()) {
            const bool female = sex.startsWith(u'女') || sex.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0;
            const bool male = sex.startsWith(u'男') || sex.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0;
            if (!female && !male)
                problem(r, RosterField::Sex, tr("the sex “%1” must be 男 or 女").arg(quoted(sex)));
            else if ((female ? Sex::Female : Sex::Male) != member.idNumber.sex())
                problem(r, RosterField::Sex,
                        tr("the sex %1 does not match the ID number (%2); check both")
                            .arg(sex, Vocabulary::sexLabel(member.idNumber.sex())));
        }
        if (const QString birth = text(r, RosterField::BirthDate); !birth.isEmpty() && !member.idNumber.isNull()) {
            const auto date = dateFrom(birth);
            if (!date || !date->isValid())
                problem(r, RosterField::BirthDate, tr("“%1” is not a date such as 1956-03-02").arg(quoted(birth)));
            else if (*date != member.idNumber.birthDate())
                member.birthDate = *date; // the register's date when the ID's is wrong: kept as typed
        }

        bool isHead = true;
        QString headId;
        switch (m_grouping) {
        case Grouping::ByHeadIdNumber: {
            const SheetCell headCell = cell(r, RosterField::HeadIdNumber);
            if (!headCell.isBlank()) {
                auto id = idNumberFrom(headCell);
                if (!id) {
                    problem(r, RosterField::HeadIdNumber, id.error().toString());
                    continue; // whose member this is cannot be told
                }
                headId = id->toString();
            }
            isHead = headId.isEmpty() || headId == member.idNumber.toString();
            break;
        }
        case Grouping::ByRelation:
            isHead = relation == QLatin1String("head");
            break;
        case Grouping::ByHeadName:
            isHead = !text(r, RosterField::HeadName).isEmpty();
            break;
        case Grouping::OneRowEach:
            break;
        }
        if (m_grouping != Grouping::ByRelation) {
            if (isHead && !relation.isEmpty() && relation != QLatin1String("head") &&
                m_grouping != Grouping::OneRowEach)
                problem(r, RosterField::Relation,
                        tr("this row is a household's head, but the relation says otherwise"));
            if (relation.isEmpty())
                relation = isHead ? QStringLiteral("head") : QStringLiteral("other");
        }
        member.relation = relation;

        if (isHead) {
            ImportedHousehold household;
            household.household.members.append(member);
            household.rows.append(r + 1);
            m_plan.households.append(household);
            current = m_plan.households.size() - 1;
            m_householdOfRow.insert(r, current);
            if (m_grouping == Grouping::ByHeadIdNumber && !member.idNumber.isNull())
                householdOfHead.insert(member.idNumber.toString(), current);
            readHouseholdFields(m_plan.households[current], r);
            continue;
        }
        if (m_grouping == Grouping::ByHeadIdNumber) {
            if (const auto it = householdOfHead.constFind(headId); it != householdOfHead.constEnd()) {
                m_plan.households[*it].household.members.append(member);
                m_plan.households[*it].rows.append(r + 1);
                m_householdOfRow.insert(r, *it);
            } else {
                pending.append({r, headId, member});
            }
            continue;
        }
        if (current < 0) {
            problem(r, RosterField::Relation, tr("this member's row comes before any head of household"));
            continue;
        }
        m_plan.households[current].household.members.append(member);
        m_plan.households[current].rows.append(r + 1);
        m_householdOfRow.insert(r, current);
    }

    for (const Pending& p : pending) {
        if (const auto it = householdOfHead.constFind(p.headId); it != householdOfHead.constEnd()) {
            m_plan.households[*it].household.members.append(p.member);
            m_plan.households[*it].rows.append(p.row + 1);
            m_householdOfRow.insert(p.row, *it);
        } else {
            problem(p.row, RosterField::HeadIdNumber, tr("no row of the roster is the head with this ID number"));
        }
    }
}

void RosterReader::readHouseholdFields(ImportedHousehold& target, int r)
{
    Household& h = target.household;

    if (column(RosterField::Village) < 0) {
        for (const Village& v : m_context.villages) {
            if (!v.isRetired())
                h.villageCode = v.code;
        }
    } else if (const QString village = text(r, RosterField::Village); village.isEmpty()) {
        problem(r, RosterField::Village, tr("the village is empty"));
    } else if (auto found = villageFrom(village); !found) {
        problem(r, RosterField::Village,
                tr("“%1” is not a village of this township; add it under 设置 → 村（社区） or correct the roster")
                    .arg(quoted(village)));
    } else {
        // Last year's roster names a village that has merged since: its households went there.
        for (int hops = 0; found && found->isRetired() && !found->mergedInto.isEmpty() && hops < 10; ++hops) {
            const QString into = found->mergedInto;
            note(r, RosterField::Village,
                 tr("%1 has merged into another village; the household is put there").arg(found->name));
            found = villageFrom(into);
        }
        if (!found || found->isRetired())
            problem(r, RosterField::Village, tr("the village %1 is retired").arg(quoted(village)));
        else {
            h.villageCode = found->code;
            h.residence = found->urban ? Residence::Urban : Residence::Rural;
        }
    }

    target.category = text(r, RosterField::Category);
    if (target.category.isEmpty())
        target.category = m_mapping.defaultCategory;
    if (const auto status = statusFrom(target.category); !status) {
        problem(r, RosterField::Category,
                tr("the category “%1” is not 低保, 特困 or 低保渐退").arg(quoted(target.category)));
    } else {
        h.status = *status;
        const QString category = SheetText::compact(target.category);
        if (category.contains(QStringLiteral("城市")) || category.contains(QStringLiteral("城镇")))
            h.residence = Residence::Urban;
        else if (category.contains(QStringLiteral("农村")))
            h.residence = Residence::Rural;
    }

    if (const QString amount = SheetText::compact(text(r, RosterField::MonthlyBenefit)); !amount.isEmpty()) {
        if (auto money = Money::parse(amount); !money)
            problem(r, RosterField::MonthlyBenefit,
                    tr("the monthly benefit “%1” is not an amount: %2").arg(quoted(amount), money.error().toString()));
        else if (money->isNegative())
            problem(r, RosterField::MonthlyBenefit, tr("the monthly benefit must not be negative"));
        else
            h.monthlyBenefitFen = money->fen();
    }
    if (h.monthlyBenefitFen > 0 && h.status == HouseholdStatus::None)
        problem(r, RosterField::Category,
                tr("the household has a monthly benefit but no category; fill in 保障类别 or choose the roster's "
                   "category"));

    if (const QString covered = SheetText::compact(text(r, RosterField::CoveredPersons)); !covered.isEmpty()) {
        bool ok = false;
        const int n = covered.toInt(&ok);
        if (!ok || n < 1 || n > 99)
            problem(r, RosterField::CoveredPersons, tr("“%1” is not a number of persons").arg(quoted(covered)));
        else
            target.coveredPersons = n;
    }

    if (const SheetCell account = cell(r, RosterField::BankAccount); !account.isBlank()) {
        const QString digits = digitsOf(account.text);
        if (lostDigits(account, digits))
            problem(r, RosterField::BankAccount,
                    tr("Excel turned this account number into a number and lost its last "
                       "digits; format the column as text and type the number again"));
        else
            h.bankAccount = digits;
    }
    target.bankName = text(r, RosterField::BankName).simplified();
    target.phone = SheetText::compact(text(r, RosterField::Phone)).left(40);
    h.address = SheetText::halfWidth(text(r, RosterField::Address)).simplified();
}

void RosterReader::checkHouseholds()
{
    static const QRegularExpression memberPath(QStringLiteral("^members\\[(\\d+)\\]\\.(\\w+)"));
    for (qsizetype i = 0; i < m_plan.households.size(); ++i) {
        ImportedHousehold& imported = m_plan.households[i];
        const Household& h = imported.household;
        if (imported.coveredPersons > h.members.size())
            note(imported.rows.first() - 1, RosterField::CoveredPersons,
                 tr("%1 persons are covered, but the roster lists %2 members")
                     .arg(imported.coveredPersons)
                     .arg(h.members.size()));
        const int heads = int(std::count_if(h.members.begin(), h.members.end(),
                                            [](const Member& m) { return m.relation == QLatin1String("head"); }));
        if (heads > 1)
            problem(imported.rows.first() - 1, RosterField::Relation,
                    tr("the household has %1 heads; a household has one").arg(heads));
        // Whatever the rules refuse (a form or a file alike), named at the row it comes from.
        for (const Problem& p : HouseholdValidator::problems(h)) {
            int row = imported.rows.first() - 1;
            RosterField field = RosterField::Ignore;
            if (const auto m = memberPath.match(p.field); m.hasMatch()) {
                row = imported.rows.value(m.captured(1).toInt(), row + 1) - 1;
                const QString f = m.captured(2);
                field = f == QLatin1String("name")         ? RosterField::Name
                        : f == QLatin1String("id_number")  ? RosterField::IdNumber
                        : f == QLatin1String("birth_date") ? RosterField::BirthDate
                                                           : RosterField::Relation;
            } else if (p.field == QLatin1String("bank_account")) {
                field = RosterField::BankAccount;
            } else if (p.field.contains(QLatin1String("monthly_benefit"))) {
                field = RosterField::MonthlyBenefit;
            }
            // Problems already said at the row (an empty name or ID) are not said twice.
            const QString column = this->column(field) < 0 ? QString() : SheetTable::columnName(this->column(field));
            const bool said = std::any_of(m_plan.problems.begin(), m_plan.problems.end(), [&](const RosterProblem& q) {
                return q.row == row + 1 && q.column == column;
            });
            if (!said)
                problem(row, field, RosterColumns::label(field) + QStringLiteral(": ") + p.message);
        }
    }
}

void RosterReader::markInvalid()
{
    for (const RosterProblem& p : m_plan.problems) {
        if (const auto it = m_householdOfRow.constFind(p.row - 1); it != m_householdOfRow.constEnd())
            m_plan.households[*it].valid = false;
    }
    QSet<int> skipped;
    for (const ImportedHousehold& h : m_plan.households) {
        if (!h.valid) {
            for (int row : h.rows)
                skipped.insert(row);
        }
    }
    for (const RosterProblem& p : m_plan.problems) {
        if (p.row > 0)
            skipped.insert(p.row);
    }
    m_plan.skippedRows = QList<int>(skipped.begin(), skipped.end());
    std::sort(m_plan.skippedRows.begin(), m_plan.skippedRows.end());
    std::stable_sort(m_plan.problems.begin(), m_plan.problems.end(),
                     [](const RosterProblem& a, const RosterProblem& b) { return a.row < b.row; });
}

} // namespace Doudi
