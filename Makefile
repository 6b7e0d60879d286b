# Briefing: the two commands are `make site` and `make test`.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: site test deps build release clean templates fuzz bench serve bench-serve eval

## site: install what is missing, build in release mode, write public/ from content/
site: release
	.build/release/briefing build

## test: install what is missing and run the test suite
test: deps
	$(SWIFT) build
	$(SWIFT) test

## deps: install the cmark-gfm C library when pkg-config cannot find it
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark-gfm \
	   || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
	  echo "Installing $(APT_PACKAGES) with apt-get"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product briefing

## serve: build in release mode and preview the site at http://127.0.0.1:8000/, rebuilding on every change
serve: release
	.build/release/briefing serve

## bench-serve: benchmark `briefing serve` on a generated site of 1,000 articles (installs wrk if missing)
bench-serve: deps
	Tests/Benchmarks/serve-bench.sh

## templates: embed Templates/ in the binary for `briefing init` (run after changing them)
templates:
	Tests/Tools/embed-default-site.sh

## bench: speed and memory benchmarks (not tests): extraction of the BBC corpus, then site builds against
## Hugo (BENCH_SIZES, default "10000"; BENCH_RUNS, default 3; installs hugo if missing)
bench: deps
	Tests/Benchmarks/extract-bench.sh
	python3 Tests/Benchmarks/site_bench.py

## eval: extraction figures on the shared gold, beside the targets (needs ../shared)
eval: release
	python3 Tests/Evaluation/eval-table.py

## fuzz: run the libFuzzer targets (FUZZ_SECONDS each, default 600)
fuzz: deps
	Tests/Fuzz/run.sh

clean:
	rm -rf .build public
