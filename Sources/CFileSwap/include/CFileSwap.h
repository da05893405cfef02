#ifndef CFILESWAP_H
#define CFILESWAP_H
/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE). Returns 0 on success,
/// -1 with errno set otherwise (for example on file systems without support).
int famdash_exchange_paths(const char *first, const char *second);
#endif
