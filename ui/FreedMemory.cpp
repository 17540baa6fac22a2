#include "FreedMemory.h"

#include <cstdlib> // (defines __GLIBC__ where glibc is the C library)

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Doudi::FreedMemory {

void giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0); // every arena's free pages, not only the top of the main heap
#endif
}

} // namespace Doudi::FreedMemory
