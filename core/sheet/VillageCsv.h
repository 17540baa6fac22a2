#pragma once

#include "Result.h"
#include "store/SiteRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace Doudi {

// A list of villages as an office keeps it in Excel and saves as CSV (`village import`, 设置 →
// 村（社区） → 从 CSV 导入): `code,name[,urban]`, UTF-8 or GB18030.
class VillageCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Doudi::VillageCsv)

public:
    static Result<QList<Village>> read(const QByteArray& bytes);

private:
    VillageCsv() = delete;
};

} // namespace Doudi
