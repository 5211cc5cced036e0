#include "CMemory.h"
#include <stdlib.h>  /* defines __GLIBC__ where glibc is the C library */
#if defined(__linux__)
#include <mimalloc.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

void cmemory_release_free_pages(void) {
#if defined(__linux__)
    /* mimalloc serves every allocation on Linux; glibc's malloc_trim has nothing of ours to give back,
       and two builds trimming at once on two threads (tests run in parallel) crashed inside it. */
    mi_collect(true);
#elif defined(__GLIBC__)
    malloc_trim(0);
#endif
}
