#include "MonitoringSignal.h"

#include "domain/JsonReader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Doudi {

QStringList MonitoringSignal::kinds()
{
    return {QStringLiteral("death"),
            QStringLiteral("vehicle"),
            QStringLiteral("business"),
            QStringLiteral("large_medical_bill"),
            QStringLiteral("disability_certificate"),
            QStringLiteral("other")};
}

QStringList MonitoringSignal::statuses()
{
    return {QStringLiteral("open"), QStringLiteral("visited"), QStringLiteral("included"),
            QStringLiteral("not_eligible"), QStringLiteral("referred")};
}

bool MonitoringSignal::canMove(const QString& from, const QString& to)
{
    if (from == QLatin1String("open"))
        return to == QLatin1String("visited") || to == QLatin1String("referred");
    if (from == QLatin1String("visited"))
        return to == QLatin1String("included") || to == QLatin1String("not_eligible") ||
               to == QLatin1String("referred");
    return false;
}

namespace {
// Checks one signal's fields; `where` names it in messages (`[3]` or `line 4`).
void check(MonitoringSignal& s, const QString& idText, const QString& dateText, const QString& where,
           QList<Problem>& problems)
{
    const auto field = [&where](const char* name) -> QString {
        if (where.startsWith(QLatin1Char('[')))
            return where + QLatin1Char('.') + QLatin1String(name);
        return where + QStringLiteral(": ") + QLatin1String(name);
    };
    const auto id = IdNumber::parse(idText);
    if (!id)
        problems.append({field("id_number"), id.error().problems().first().message});
    else
        s.idNumber = *id;
    if (!MonitoringSignal::kinds().contains(s.kind))
        problems.append(
            {field("kind"),
             SignalReader::tr("must be one of %1").arg(MonitoringSignal::kinds().join(QStringLiteral(", ")))});
    if (s.source.trimmed().isEmpty())
        problems.append({field("source"), SignalReader::tr("is empty")});
    s.date = QDate::fromString(dateText.trimmed(), Qt::ISODate);
    if (!s.date.isValid() || dateText.trimmed().size() != 10)
        problems.append({field("date"), SignalReader::tr("must be a date written YYYY-MM-DD")});
}
} // namespace

Result<QList<MonitoringSignal>> SignalReader::read(const QByteArray& content)
{
    QByteArray trimmed = content.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF")) // a byte order mark, as Notepad saves UTF-8
        trimmed = trimmed.sliced(3).trimmed();
    if (!trimmed.startsWith('[') && !trimmed.startsWith('{'))
        return readCsv(content);
    const auto doc = JsonReader::parseDocument(content);
    if (!doc)
        return doc.error();
    if (!doc->isArray())
        return Error::invalid(QString(), tr("signals must be a JSON list"));
    QList<MonitoringSignal> out;
    QList<Problem> problems;
    JsonReader r;
    const QJsonArray list = doc->array();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = JsonReader::index(QString(), i);
        const auto o = r.objectAt(list, QString(), i);
        if (!o)
            continue;
        MonitoringSignal s;
        s.kind = o->value(QStringLiteral("kind")).toString();
        s.source = o->value(QStringLiteral("source")).toString();
        s.detail = o->value(QStringLiteral("detail")).toString();
        check(s, o->value(QStringLiteral("id_number")).toString(), o->value(QStringLiteral("date")).toString(), where,
              problems);
        out.append(s);
    }
    problems = r.problems() + problems;
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return out;
}

Result<QList<MonitoringSignal>> SignalReader::readCsv(const QByteArray& content)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("id_number,kind,source,date,detail"))
        return Error::invalid(QStringLiteral("line 1"), tr("the header must be id_number,kind,source,date,detail"));
    QList<MonitoringSignal> out;
    QList<Problem> problems;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString where = tr("line %1").arg(i + 1);
        // The detail may hold commas (quoted, as spreadsheets write it): it is the rest of the line.
        const QStringList cells = lines[i].split(QLatin1Char(','));
        if (cells.size() < 4) {
            problems.append({where, tr("needs id_number, kind, source and date")});
            continue;
        }
        MonitoringSignal s;
        s.kind = cells[1].trimmed();
        s.source = cells[2].trimmed();
        s.detail = cells.mid(4).join(QLatin1Char(',')).trimmed();
        if (s.detail.size() >= 2 && s.detail.startsWith(QLatin1Char('"')) && s.detail.endsWith(QLatin1Char('"')))
            s.detail = s.detail.mid(1, s.detail.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        check(s, cells[0], cells[3], where, problems);
        out.append(s);
    }
    if (!problems.isEmpty())
        return Error(Error::Kind::InvalidInput, problems);
    return out;
}

} // namespace Doudi
