# src/report/local.mk: the text and JSON reports (they read the model).
libmxengine_a_SOURCES += src/report/report.h src/report/report-fmt.h src/report/report-fmt.c \
	src/report/report-policy.c \
	src/report/report-text.c src/report/report-json.c src/report/report-submission.c src/report/report-probe.c \
	src/report/report-dane.c src/report/report-dane.h \
	src/report/report-send.c src/report/report-send.h \
	src/report/words.c src/report/words.h \
	src/report/nagios.h src/report/report-nagios.c src/report/nagios-run.c
