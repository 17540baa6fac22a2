#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>

namespace Doudi {

// A named moment where a test may cut the power. In a build configured with DOUDI_FAULT_POINTS
// (the test build), a process that reaches the point named by the DOUDI_FAULT environment variable
// ends there at once — no destructor, no flush, no rollback — as a SIGKILL or a power cut would.
// In any other build it is nothing.
inline void faultPoint(const char* name)
{
#ifdef DOUDI_FAULT_POINTS
    static const QByteArray chosen = qgetenv("DOUDI_FAULT");
    if (!chosen.isEmpty() && chosen == name)
        std::_Exit(86);
#else
    Q_UNUSED(name);
#endif
}

} // namespace Doudi
