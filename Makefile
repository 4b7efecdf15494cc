# Tillit: `make run` serves the demo, `make test` runs the whole suite.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

# The first Python >= 3.12 found: pyenv's choice (.python-version), then common names.
PYTHON ?= $(shell for c in python3 python3.14 python3.13 python3.12 python; do \
	p=$$(command -v $$c 2>/dev/null) || continue; \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; \
	done)

.PHONY: run test bench lint format install install-test chromium worker clean

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON)" ]; then \
		echo "Tillit needs Python 3.12 or newer; none was found on PATH (try pyenv install 3.12)." >&2; exit 1; fi
	@[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,train]'
	@touch $@

install: $(STAMP)

chromium:
	@command -v /usr/bin/chromium >/dev/null || { \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# The demo runs in development: DEBUG on, plain HTTP on 127.0.0.1, and a signing
# key made on first start and kept in var/secret_key. A deployment sets
# TILLIT_SECRET_KEY and the rest (docs/operations.md) and runs in production.
run worker: export TILLIT_ENV = development

run: install
	@mkdir -p var
	$(PY) -m tillit.cli migrate --no-input
	$(PY) -m tillit.cli seed_demo --if-empty
	$(PY) -m tillit.cli worker run --no-reload --interval 1 & \
	worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	$(PY) -m tillit.cli runserver 127.0.0.1:8000

worker: install
	$(PY) -m tillit.cli worker run --no-reload

# The suite in parallel, a database per worker (tests/conftest.py). TEST_WORKERS
# sets how many workers (auto: one per CPU); PYTEST_ARGS adds options or picks
# tests:
#   make test PYTEST_ARGS="--durations=25"   make test PYTEST_ARGS=tests/cases
# Not --dist loadscope or loadgroup: they key tests by node id, and the
# schemathesis tests share one (tests/core/test_fuzz_api.py), so all but one
# of them would silently not run.
# Compiled modules are kept even where PYTHONDONTWRITEBYTECODE is set: compiling
# the project and rewriting the asserts of every pytest plugin again at each
# start doubled the start-up of each worker and of each process a test starts.
TEST_WORKERS ?= auto

test: install chromium
	env -u PYTHONDONTWRITEBYTECODE $(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

bench: install
	$(PY) -m pip install -q -e ".[test,bench]"
	$(PY) bench/run.py

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf var .pytest_cache
