#pragma once

#include <QJsonArray>
#include <QList>

class QWidget;

namespace Doudi {

// Everything typed on a form, as JSON, and back: line edits, choices, ticks, dates, numbers, notes
// and table cells (text, tick, alignment, flags and the form's own roles), in the order the form
// made them. Drafts keep forms this way (DraftKeeper). Password fields are never taken, nor the
// editors Qt makes inside spin boxes, combo boxes and table cells.
class FormSnapshot final
{
public:
    // The fields under `root`, except those under a widget of `skip`.
    static QJsonArray capture(const QWidget* root, const QList<const QWidget*>& skip = {});
    // Puts `fields` back, field by field in the same order; stops at the first field that is not
    // of the kind the form has there (a form changed by a newer version keeps what still fits).
    static void apply(QWidget* root, const QJsonArray& fields, const QList<const QWidget*>& skip = {});

private:
    FormSnapshot() = delete;
};

} // namespace Doudi
