# Newsdesk — build, test and benchmark entry points. See scripts/ and bench/.

SWIFT ?= swift
export SWIFT

FORMAT_PATHS := Sources Tests Package.swift
DEMO_HOST ?= 127.0.0.1
DEMO_PORT ?= 8080
DEMO_DATABASE ?= ./newsdesk.sqlite

.DEFAULT_GOAL := build
.PHONY: build release test test-cluster lint format demo bench fuzz clean

build:
	$(SWIFT) build

release:
	$(SWIFT) build -c release

# Lint, build, then run all tests against a throwaway PostgreSQL (see scripts/test.sh).
test:
	scripts/test.sh

# Three servers on a throwaway PostgreSQL behind nginx (deploy/nginx/newsdesk.conf): throughput with 1 and 3
# servers, then one server killed and restarted under load; no acknowledged comment lost, no 5xx for readers.
# NEWSDESK_BIN (else a release build; SKIP_BUILD=1), DURATION, THREADS, CONNECTIONS. Not part of `make test`.
test-cluster:
	scripts/cluster-test

lint:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(FORMAT_PATHS)

demo:
	$(SWIFT) build --product newsdesk
	@echo "newsdesk serves on http://$(DEMO_HOST):$(DEMO_PORT)/ (database $(DEMO_DATABASE); Ctrl-C stops it)"
	.build/debug/newsdesk serve --demo --host $(DEMO_HOST) --port $(DEMO_PORT) --database $(DEMO_DATABASE)

# libFuzzer over the sanitisers, the Markdown path, the search query, the prolog check and the import readers:
# FUZZ_SECONDS (default 60) each, seeded from Tests/Fixtures; non-zero on a crash. Not part of `make test`.
fuzz:
	scripts/fuzz

# Requests/s of newsdesk against nginx on the same bytes (ROUNDS, DURATION, THREADS, CONNECTIONS).
bench:
	bench/pages

clean:
	$(SWIFT) package clean
	rm -rf .test-output .build-fuzz
