# kiesmbo: `make run` sets up, migrates and seeds SQLite, and serves the site; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run dev seed translations assets test lint bench clean i18n lock

# Installs exactly the pinned, hash-checked versions of requirements.lock (runtime, dev and
# postgres extras), then the project itself without resolving anything again.
$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP) translations assets

translations: $(STAMP)
	$(BIN)/pybabel compile --use-fuzzy -d kiesmbo/translations -f >/dev/null

# Gzipped copies of the CSS, JS and SVG files, served by WhiteNoise (the app writes none).
assets: $(STAMP)
	$(BIN)/python -m kiesmbo.assets >/dev/null

# Migrate the schema first (keeps saved results), then load seed_data/ (idempotent).
seed: setup
	$(BIN)/flask --app kiesmbo db-upgrade
	$(BIN)/flask --app kiesmbo seed

run: seed
	$(BIN)/gunicorn --workers 2 --bind $(HOST):$(PORT) --access-logfile - wsgi:app

dev: seed
	$(BIN)/flask --app kiesmbo run --debug --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .

# Runs the data tests on PostgreSQL too when a PostgreSQL server is installed.
test: setup lint
	scripts/with_postgres.sh $(BIN)/pytest

bench: setup
	$(BIN)/python benchmarks/seed.py

clean:
	rm -rf $(VENV) instance/*.db .pytest_cache .ruff_cache

# Extract messages and update the catalogues; translate new entries in the .po files.
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ --add-comments=i18n: --add-location=file --no-wrap -o kiesmbo/translations/messages.pot kiesmbo
	$(BIN)/pybabel update -i kiesmbo/translations/messages.pot -d kiesmbo/translations --no-wrap --ignore-obsolete --no-fuzzy-matching

# Regenerate requirements.lock from pyproject.toml (after changing a dependency); commit it.
UV_VERSION ?= 0.13.8
lock: $(STAMP)
	$(BIN)/pip install --quiet "uv==$(UV_VERSION)"
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra postgres --generate-hashes \
	  --python-version 3.11 --universal --quiet -o requirements.lock
