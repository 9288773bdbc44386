/*
 * mxscope engine API, one header per concern; this one includes them all for
 * the files that use most of them.  New code includes the header of the
 * concern it uses: opts.h, model.h, event.h, engine.h, diag.h, report.h,
 * sanitize.h, util.h.  No header here includes curses.
 */
#ifndef MXSCOPE_H
#define MXSCOPE_H

#include "opts.h"
#include "model.h"
#include "event.h"
#include "engine.h"
#include "diag.h"
#include "report.h"
#include "sanitize.h"
#include "util.h"

#endif /* MXSCOPE_H */
