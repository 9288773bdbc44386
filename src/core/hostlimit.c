/*
 * hostlimit: politeness towards remote hosts when many engines share one
 * process (mxscope --batch): at most K connections to one IP address at a
 * time, across every engine.  A probe that finds its address full stays
 * queued, and its engine is kicked when a connection to any address ends.
 * Off (no limit) unless mx_engine_per_ip set K.
 */
#include <stdlib.h>
#include <string.h>

#include "engine-int.h"

#define HL_BUCKETS	1024

/* One address with connections open. */
struct hl_ent {
	struct hl_ent	*next;
	int		 n;
	char		 addr[MX_ADDR_MAX];
};

static struct {
	int			 k;
	struct hl_ent		*bucket[HL_BUCKETS];
	struct mx_engine	**waiting;	/* engines with a probe held */
	int			 nwaiting, cap;
} hl;

/* Set K for every engine of the process (0: no limit). */
void
mx_engine_per_ip(int k)
{
	hl.k = k > 0 ? k : 0;
}

/* The bucket of an address (FNV-1a). */
static struct hl_ent **
hl_slot(const char *addr)
{
	uint32_t h = 2166136261u;
	const char *p;

	for (p = addr; *p != '\0'; p++)
		h = (h ^ (unsigned char)*p) * 16777619u;
	return &hl.bucket[h % HL_BUCKETS];
}

/* Remember that e waits for a slot (once). */
static void
hl_wait(struct mx_engine *e)
{
	if (e->hl_waiting)
		return;
	if (hl.nwaiting == hl.cap) {
		hl.cap = hl.cap ? hl.cap * 2 : 64;
		hl.waiting = realloc(hl.waiting, (size_t)hl.cap *
		    sizeof *hl.waiting);
		if (hl.waiting == NULL)
			abort();
	}
	hl.waiting[hl.nwaiting++] = e;
	e->hl_waiting = 1;
}

/* Take a connection slot for addr: 1, or 0 (full: e is kicked later). */
int
mx__hostlimit_take(struct mx_engine *e, const char *addr)
{
	struct hl_ent **pp, *h;

	if (hl.k == 0)
		return 1;
	pp = hl_slot(addr);
	for (h = *pp; h != NULL; h = h->next)
		if (strcmp(h->addr, addr) == 0)
			break;
	if (h != NULL && h->n >= hl.k) {
		hl_wait(e);
		return 0;
	}
	if (h == NULL) {
		h = mx_xcalloc(1, sizeof *h);
		mx_strlcpy(h->addr, addr, sizeof h->addr);
		h->next = *pp;
		*pp = h;
	}
	h->n++;
	return 1;
}

/* Give a slot back; every waiting engine tries again. */
void
mx__hostlimit_give(const char *addr)
{
	struct hl_ent **pp, *h;
	int i, n;

	if (hl.k == 0)
		return;
	for (pp = hl_slot(addr); (h = *pp) != NULL; pp = &h->next)
		if (strcmp(h->addr, addr) == 0)
			break;
	if (h != NULL && --h->n <= 0) {
		*pp = h->next;
		free(h);
	}
	n = hl.nwaiting;
	hl.nwaiting = 0;
	for (i = 0; i < n; i++) {
		hl.waiting[i]->hl_waiting = 0;
		mx__engine_kick(hl.waiting[i]);
	}
}

/* An engine goes away: it waits for nothing any more. */
void
mx__hostlimit_forget(struct mx_engine *e)
{
	int i;

	if (!e->hl_waiting)
		return;
	for (i = 0; i < hl.nwaiting; i++)
		if (hl.waiting[i] == e) {
			hl.waiting[i] = hl.waiting[--hl.nwaiting];
			break;
		}
	e->hl_waiting = 0;
}
