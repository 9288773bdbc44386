/*
 * nagios: mxscope as a monitoring plugin (--nagios).  One status line
 * "MXSCOPE STATE - text | perfdata" and the plugin exit status, following
 * the monitoring-plugins development guidelines (threshold ranges, perf
 * data 'label'=value[UOM];[warn];[crit];[min];[max]).
 */
#ifndef MX_NAGIOS_H
#define MX_NAGIOS_H

#include <stdio.h>

#include "mxscope.h"

/* Default whole-run limit under --nagios: plugins are killed at 60 s. */
#define MX_NAGIOS_DEADLINE_MS	50000

/* A threshold range: alert outside [lo, hi] (inside with '@'). */
struct mx_range {
	int	 set;
	int	 inside;	/* '@': alert when inside */
	int	 no_lo;		/* '~': no lower bound */
	int	 no_hi;		/* "N:": no upper bound */
	double	 lo, hi;
	char	 text[32];	/* as given, for the perf data */
};

/* What the plugin needs besides the model. */
struct mx_nagios {
	struct mx_range	 warn, crit;	/* on the seconds to the verdict */
	int		 deadline_ms;	/* whole-run limit */
	int		 deadline_hit;	/* the run was stopped by it */
	uint32_t	 dns_ms;	/* when every resolver had answered */
	int		 dns_seen;
	struct mx_engine *engine;	/* mx_nagios_watch: the run watched */
	uv_timer_t	 timer;		/* the deadline */
	int		 watching;
};

/* Parse a range (guidelines §"Threshold and ranges"); 0 or -1. */
int	mx_range_parse(const char *, struct mx_range *);
/* Whether value v raises an alert under range r (0 when r is unset). */
int	mx_range_alert(const struct mx_range *, double v);
/* Watch engine e's next run: note when DNS ends, stop the run at the
 * deadline.  The timer closes itself when the run is done. */
void	mx_nagios_watch(uv_loop_t *, struct mx_engine *, struct mx_nagios *);
/* Stop watching (the run ended, or never started). */
void	mx_nagios_stop(struct mx_nagios *);
/* Print the status line for model m; returns the exit status 0-3. */
int	mx_nagios_print(const struct mx_model *, const struct mx_nagios *,
	    FILE *);

#endif
