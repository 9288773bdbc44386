/*
 * reason-tally: how often each rule of the classifier's tables fired, for
 * the benchmark (bench/ndr-bench.sh via tests/unit/ndr-run --rule-hits),
 * so that dead rules and rules that fire once are visible.  Off unless a
 * driver turns it on: a rule costs one test of mx_rr_tally_on then.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reason-rules.h"

#define MAX_TABLES	16

int mx_rr_tally_on;
int mx_rr_tally_every;

/* One table: its name, rows, a row's description, and the counts. */
static struct {
	const char	 *name;
	size_t		  nrows;
	void		(*row)(size_t, char *, size_t);
	unsigned long	 *hits;
	unsigned char	 *off;		/* per row: turned off */
} tables[MAX_TABLES];
static size_t ntables;

/* Register a table of nrows rows described by row(); see reason-rules.h. */
void
mx_rr_tally_table(const char *name, size_t nrows,
    void (*row)(size_t, char *, size_t))
{
	size_t i;

	for (i = 0; i < ntables; i++)
		if (strcmp(tables[i].name, name) == 0)
			return;
	if (ntables == MAX_TABLES)
		abort();
	tables[ntables].name = name;
	tables[ntables].nrows = nrows;
	tables[ntables].row = row;
	tables[ntables].hits = calloc(nrows ? nrows : 1, sizeof(unsigned long));
	tables[ntables].off = calloc(nrows ? nrows : 1, 1);
	if (tables[ntables].hits == NULL || tables[ntables].off == NULL)
		abort();
	ntables++;
}

/* Count one hit of row of table name (registered); 0 if it is off. */
int
mx_rr_tally(const char *name, size_t row)
{
	size_t i;

	for (i = 0; i < ntables; i++)
		if (tables[i].name == name || strcmp(tables[i].name, name) == 0) {
			if (row >= tables[i].nrows)
				return 1;
			if (tables[i].off[row])
				return 0;
			tables[i].hits[row]++;
			return !mx_rr_tally_every;
		}
	return 1;
}

/* Turn off the rows a file lists; see reason-rules.h. */
int
mx_rr_tally_off_load(const char *path)
{
	char line[256], *tab;
	unsigned long row;
	size_t i;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		if ((tab = strchr(line, '\t')) == NULL)
			continue;
		*tab = '\0';
		row = strtoul(tab + 1, NULL, 10);
		for (i = 0; i < ntables; i++)
			if (strcmp(tables[i].name, line) == 0 &&
			    row < tables[i].nrows)
				tables[i].off[row] = 1;
	}
	fclose(f);
	return 0;
}

/* Print every row of every table: "table<TAB>row<TAB>hits<TAB>rule". */
void
mx_rr_tally_print(FILE *out)
{
	char desc[512];
	size_t i, k;

	for (i = 0; i < ntables; i++)
		for (k = 0; k < tables[i].nrows; k++) {
			tables[i].row(k, desc, sizeof desc);
			fprintf(out, "%s\t%zu\t%lu\t%s\n", tables[i].name, k,
			    tables[i].hits[k], desc);
		}
}
