#include "FormProblems.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>

namespace Doudi {

namespace {
// The text of the label a form gives `field` (a label, or a check box standing as one), empty
// when it has none.
QString labelOf(const QWidget* window, QWidget* field)
{
    for (const QFormLayout* form : window->findChildren<QFormLayout*>()) {
        QWidget* label = form->labelForField(field);
        QString text;
        if (auto* l = qobject_cast<QLabel*>(label))
            text = l->text();
        else if (auto* b = qobject_cast<QAbstractButton*>(label))
            text = b->text();
        if (!text.isEmpty())
            return text.remove(QLatin1Char('&')).remove(QLatin1Char(':')).remove(QChar(0xFF1A)).trimmed();
    }
    return QString();
}
} // namespace

void FormProblems::show(QLabel* message, const Error& error, const QHash<QString, QWidget*>& fields)
{
    QStringList lines;
    QWidget* first = nullptr;
    const QList<Problem> problems =
        error.problems().isEmpty() ? QList<Problem>{{QString(), error.toString()}} : error.problems();
    for (const Problem& p : problems) {
        QWidget* field = fields.value(p.field);
        QString name = field ? labelOf(message->window(), field) : QString();
        if (name.isEmpty())
            name = p.field;
        lines.append(name.isEmpty() ? p.message : tr("%1: %2").arg(name, p.message));
        if (!first)
            first = field;
    }
    message->setText(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus();
}

} // namespace Doudi
