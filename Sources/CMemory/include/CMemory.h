#ifndef CMEMORY_H
#define CMEMORY_H

/// Returns freed heap memory to the system where the C library keeps it (glibc); elsewhere does nothing.
void cmemory_release_free_pages(void);

#endif
