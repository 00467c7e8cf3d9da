# The two commands a new machine needs: `make site` and `make test`.
# Both install what is missing first (scripts/setup.sh), so a bare machine works.

SWIFT ?= swift
MIDOCS = .build/debug/midocs

.PHONY: setup build site test format record clean

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
	$(SWIFT) build

test: setup
	$(SWIFT) build
	$(SWIFT) test
	rm -rf .build/site-check
	$(MIDOCS) build --content content --output .build/site-check
	python3 scripts/check_spec_schema.py .build/site-check
	$(MIDOCS) check --strict --content content
	python3 scripts/check_sarif.py $(MIDOCS) Tests/MidocsCompilerTests/Fixtures/Checks

# Rewrites the golden files under Tests/MidocsCompilerTests/Golden; read the diff before committing.
record: build
	MIDOCS_RECORD=1 $(SWIFT) test

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

clean:
	rm -rf .build
