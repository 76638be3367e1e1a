# The two commands: `make demo` and `make test`. Everything installs from this repository's files.
# Python 3.11 or newer; `make install PYTHON=python3.13 VENV=/tmp/v313` tries another one beside .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The interpreter's learned voice, trained from the tuned corpora (never corpora/sealed/).
MODEL := build/interpreter-model.npz

.PHONY: install demo test lint format bench load soak browser clean

# npm installs only test tools (Prism, the Twilio API mock), pinned by package-lock.json.
$(STAMP): pyproject.toml package-lock.json
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

# Rebuilt when a tuned corpus or the training code changes.
$(MODEL): $(STAMP) $(wildcard corpora/tuned/*.jsonl) messaging/interpret/learned.py messaging/interpret/training.py
	$(BIN)/python manage.py build_interpreter_model

install: $(STAMP) $(MODEL)

# `make demo PORT=8001` serves on another port; `make demo RESET=1` throws the demo data away first.
PORT ?= 8000
demo: install
	$(BIN)/python manage.py demo --port $(PORT) $(if $(RESET),--reset)

# Debian's Chromium for the browser tests (Playwright cannot download browsers here).
browser:
	@command -v chromium >/dev/null || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || { echo "ERROR: chromium is missing and could not be installed (apt-get install chromium)"; exit 1; }; }

test: install browser
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/python bench/run.py

# Production settings on loopback (gunicorn, django-q2 on Redis, PostgreSQL) under signed webhooks.
load: install
	$(BIN)/python bench/load.py

# Twilio failing 30% of sends (answers lost after accepting included), workers killed, hostile posts.
soak: install
	$(BIN)/python bench/soak.py

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache test-artifacts build
