#ifndef FAMDASH_CCBC_SHIM_H
#define FAMDASH_CCBC_SHIM_H
/* COIN-OR CBC's C interface (EPL-2.0). */
#include <Cbc_C_Interface.h>
#endif
