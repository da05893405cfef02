#ifndef FAMDASH_CCLP_SHIM_H
#define FAMDASH_CCLP_SHIM_H
/* COIN-OR CLP's C interface (EPL-2.0). Clp_C_Interface.h declares Clp_modifyCoefficient with
   bool only when stdbool.h is available; include it first so the header is the same everywhere. */
#include <stdbool.h>
#include <Clp_C_Interface.h>
#endif
