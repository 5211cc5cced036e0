#ifndef CMEMORY_H
#define CMEMORY_H

/// Returns freed heap memory to the system: mimalloc's (which serves every allocation on Linux, since
/// linking it replaces malloc) and glibc's, which would otherwise keep it.
void cmemory_release_free_pages(void);

#endif
