/*
 * event: the sink registry.  The engine emits events; the model and the
 * front ends are sinks (style-anchors.md §3.2, after tmux's events.c).
 * Payloads are borrowed for the call; a sink removed during dispatch is
 * dropped after it.
 */
#include <string.h>

#include "mx-int.h"

/* Register a sink. */
int
mx__sinks_add(struct mx__sinks *s, mx_sink_cb cb, void *arg)
{
	if (s->n >= (int)(sizeof s->list / sizeof s->list[0]))
		return -1;
	s->list[s->n].cb = cb;
	s->list[s->n].arg = arg;
	s->list[s->n].removed = 0;
	s->n++;
	return 0;
}

/* Drop sinks marked removed. */
static void
sinks_compact(struct mx__sinks *s)
{
	int i, j = 0;

	for (i = 0; i < s->n; i++)
		if (!s->list[i].removed)
			s->list[j++] = s->list[i];
	s->n = j;
}

/* Mark a sink removed; dropped now or after the current dispatch. */
void
mx__sinks_remove(struct mx__sinks *s, mx_sink_cb cb, void *arg)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->list[i].cb == cb && s->list[i].arg == arg)
			s->list[i].removed = 1;
	if (!s->dispatching)
		sinks_compact(s);
}

/* Hand an event to every live sink in order. */
void
mx__sinks_emit(struct mx__sinks *s, const struct mx_event *ev)
{
	int i, n = s->n;

	s->dispatching++;
	for (i = 0; i < n; i++)
		if (!s->list[i].removed)
			s->list[i].cb(ev, s->list[i].arg);
	if (--s->dispatching == 0)
		sinks_compact(s);
}

/* Milliseconds since origin (uv_hrtime units). */
uint32_t
mx__ms_since(uint64_t origin_ns)
{
	uint64_t now = uv_hrtime();

	return now > origin_ns ? (uint32_t)((now - origin_ns) / 1000000) : 0;
}
