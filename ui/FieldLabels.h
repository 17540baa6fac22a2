#pragma once

#include <QCoreApplication>
#include <QString>

namespace Doudi {

// Says a field path of doudi-household/1 (`members[1].id_number`) the way the form names it
// ("Members, row 2: ID number"), for messages next to the form.
class FieldLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::FieldLabels)

public:
    static QString describe(const QString& path);

private:
    static QString fieldName(const QString& field);
    FieldLabels() = delete;
};

} // namespace Doudi
