#include "CMemory.h"
#include <stdlib.h>  /* defines __GLIBC__ where glibc is the C library */
#if defined(__linux__)
#include <mimalloc.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

void cmemory_release_free_pages(void) {
#if defined(__linux__)
    mi_collect(true);
#endif
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
