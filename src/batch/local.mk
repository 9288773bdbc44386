# src/batch/local.mk: --batch, many targets on the one loop (no curses).
noinst_LIBRARIES += libmxbatch.a
libmxbatch_a_SOURCES = src/batch/batch.h src/batch/batch.c \
	src/batch/batch-input.c src/batch/batch-jobs.c \
	src/batch/batch-out.h src/batch/batch-out.c \
	src/batch/batch-int.h src/batch/batch-view.c
