#ifndef FAMDASH_CGD_SHIM_H
#define FAMDASH_CGD_SHIM_H
#include <gd.h>

/* gdTrueColor is a function-like macro, invisible to Swift. */
static inline int famdash_gd_true_color(int red, int green, int blue) {
    return gdTrueColor(red, green, blue);
}
#endif
