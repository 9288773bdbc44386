/*
 * lab-ref: the handle counter the lab's parts share (lab-int.h): every
 * server holds a reference while a handle of it is open, and the last
 * one frees the lab.
 */
#include "lab-int.h"

/* Take a reference. */
void
mx_lab_ref_get(struct lab_ref *r)
{
	r->n++;
}

/* Drop a reference; the last one runs the done callback. */
void
mx_lab_ref_put(struct lab_ref *r)
{
	if (--r->n == 0 && r->done != NULL)
		r->done(r->arg);
}
