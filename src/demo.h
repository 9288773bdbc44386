/*
 * demo: the --demo lab, owned by main.  It starts before the engine and
 * switches to another scenario when the dashboard asks (p), always over
 * the options the user gave: --timeout, --from, --size, -4/-6 survive a
 * switch; the lab only supplies its resolvers, port, target and CA.
 */
#ifndef MX_DEMO_H
#define MX_DEMO_H

#include "engine.h"
#include "lab.h"

struct mx_demo {
	uv_loop_t		*loop;
	struct mx_lab		*lab;		/* the running lab */
	struct mx_opts		 user;		/* as the command line gave */
	struct mx_engine	*engine;	/* set once it exists */
};

/* Start scenario's lab and point *opts at it (over the user's options,
 * which opts holds on entry); 0, or -1 with *cause. */
int	mx_demo_start(struct mx_demo *, uv_loop_t *, const char *scenario,
	    struct mx_opts *opts, char **cause);
/* Switch the engine to scenario name on a new lab (the dashboard's p):
 * arg is the struct mx_demo; 0, or -1 with *cause and nothing changed. */
int	mx_demo_switch(void *arg, const char *name, char **cause);
/* Close the lab (call uv_run afterwards). */
void	mx_demo_close(struct mx_demo *);

#endif /* MX_DEMO_H */
