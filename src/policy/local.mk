# src/policy/local.mk: the mail policy of the domains (issue 15): SPF,
# DMARC and DKIM records, checked live on the engine's loop; their parsers,
# unit tests, fuzz target and lab tests.
libmxengine_a_SOURCES += src/policy/policy.h src/policy/policy-lines.c \
	src/policy/policy-json.c
