#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>

class QLabel;
class QWidget;

namespace Doudi {

// Shows core's problems beside a small form: each line names the field by its label on the form
// (core's field name when the form has no such field), and the first wrong field takes the focus.
class FormProblems final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FormProblems)

public:
    static void show(QLabel* message, const Error& error, const QHash<QString, QWidget*>& fields);

private:
    FormProblems() = delete;
};

} // namespace Doudi
