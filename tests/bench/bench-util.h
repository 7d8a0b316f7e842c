/* bench-util.h — medians for the benchmarks
 *
 * Copyright 2026 The Futureproof authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

static inline int
bench_compare_doubles (const void *a,
                       const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of @n values (which it sorts). */
static inline double
bench_median (double *values,
              int     n)
{
  qsort (values, (size_t) n, sizeof (double), bench_compare_doubles);
  return values[n / 2];
}
