#pragma once

namespace Doudi::FreedMemory {

// Hands the system back the memory a finished background task freed. The desk's tasks (the
// whole-file scan, the audit chain, the dashboard's figures, the day's backup) each run on a thread
// of their own and read a great deal; glibc keeps what a thread freed in that thread's own arena,
// so a desk that has merely opened would hold some 150 MB it no longer uses. Windows' heap
// returns freed pages itself, so there this does nothing. Call it once the task's thread has ended:
// QThread::finished comes a moment before the thread's last memory is freed, so wait() on it first.
void giveBack();

} // namespace Doudi::FreedMemory
