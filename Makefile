# The two commands a new machine needs: `make site` and `make test`.
# Both install what is missing first (scripts/setup.sh), so a bare machine works.

SWIFT ?= swift
MIDOCS = .build/debug/midocs

.PHONY: setup build site test format record clean bench profile browser-test

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build

# Checks content/, writes site/ and regenerates the Swift client types (nothing is
# written when the docs have errors).
site: setup
	$(SWIFT) build --product midocs
	$(MIDOCS) build --content content --output site
	$(MIDOCS) swift --content content --output Sources/MiAccount/Generated
	rm -rf Examples/MiAccountConsumer/docs && cp -R content Examples/MiAccountConsumer/docs
	$(SWIFT) build

test: setup
	$(SWIFT) build
	$(SWIFT) test
	rm -rf .build/site-check
	$(MIDOCS) build --content content --output .build/site-check
	python3 scripts/check_spec_schema.py .build/site-check
	python3 scripts/check_openapi.py .build/site-check
	python3 scripts/check_sandbox.py $(MIDOCS) .build/site-check
	python3 scripts/check_mcp.py $(MIDOCS) .build/site-check
	python3 scripts/check_diff_schema.py
	$(MIDOCS) check --strict --content content
	python3 scripts/check_style_invariance.py $(MIDOCS) content
	rm -rf .build/styles-content .build/styles-site
	cp -R Tests/MidocsCompilerTests/Fixtures/Styles .build/styles-content
	printf 'title: Styles\nservers:\n  - https://api.example.test\n  - https://sandbox.example.test\n' > .build/styles-content/site.yml
	$(MIDOCS) build --content .build/styles-content --output .build/styles-site
	python3 scripts/check_spec_schema.py .build/styles-site
	python3 scripts/check_openapi.py .build/styles-site --operations 167
	python3 scripts/check_sarif.py $(MIDOCS) Tests/MidocsCompilerTests/Fixtures/Checks
	cd Examples/MiAccountConsumer && $(SWIFT) test
	diff -r content Examples/MiAccountConsumer/docs
	$(MAKE) browser-test

# The site checked with real tools: the Nu HTML validator, LinkChecker, axe-core and
# headless Chromium (search, dark mode, narrow screens), then the live preview of
# `midocs serve` in Chromium. Installs them when missing.
browser-test: setup
	scripts/setup-browser.sh
	$(SWIFT) build --product midocs
	rm -rf .build/site-browser
	$(MIDOCS) build --content content --output .build/site-browser
	python3 scripts/site_checks.py .build/site-browser
	rm -rf .build/site-tree
	$(MIDOCS) build --content Tests/MidocsCompilerTests/Fixtures/Tree/content --output .build/site-tree
	python3 scripts/site_checks.py .build/site-tree --only html
	python3 scripts/site_checks.py .build/site-tree --only links
	python3 scripts/preview_checks.py $(MIDOCS)
	scripts/make_release_site.sh $(MIDOCS) .build/release-site
	python3 scripts/site_checks.py .build/release-site/site

# Rewrites the golden files under Tests/MidocsCompilerTests/Golden; read the diff before committing.
record: build
	MIDOCS_RECORD=1 $(SWIFT) test

# Times midocs against cmark-gfm and Hugo on generated corpora of 1,000 and 10,000 pages,
# with midocs linked with mimalloc (the Mimalloc package trait), as README.md measures it;
# `make bench BASELINE=path/to/old/midocs` also times an earlier binary, alternating runs.
bench: setup
	Benchmarks/setup-bench.sh
	$(SWIFT) build -c release --product midocs --traits Mimalloc
	python3 Benchmarks/run_bench.py .build/release/midocs templates .build/bench $(if $(BASELINE),--baseline $(BASELINE))
	python3 Benchmarks/run_watch_bench.py .build/release/midocs templates .build/bench/10000/content

# Splits the CPU of one 10,000-page build by library (midocs, OpenAPIKit, Mustache, cmark-gfm).
profile: setup
	Benchmarks/setup-bench.sh profile
	$(SWIFT) build -c release --product midocs --traits Mimalloc
	python3 Benchmarks/profile_by_library.py .build/release/midocs templates .build/bench

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build
