# One command to run the site with demo content, one to pass the tests. See README.md.

PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# A Python >= 3.12: an explicit PYTHON=, then python3.13, python3.12, python3 if new enough,
# then any pyenv version (pyenv's shims fail when a version is not activated).
PYTHON ?= $(shell \
  for p in python3.13 python3.12 python3; do \
    if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
      command -v $$p; exit 0; fi; \
  done; \
  if command -v pyenv >/dev/null 2>&1; then \
    for v in $$(ls -r "$$(pyenv root)/versions" 2>/dev/null); do \
      p="$$(pyenv root)/versions/$$v/bin/python3"; \
      if [ -x "$$p" ] && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
        echo "$$p"; exit 0; fi; \
    done; \
  fi)

DEV_ENV = DEBUG=1 $(LOCAL_SITE_URL)
# The tests set their own environment (portal/settings_test.py): plain `pytest` works too.
# test-fast leaves out what starts other processes, drives Chromium, fuzzes or walks every
# page (see README).
FAST := not browser and not subprocess and not fuzz and not slow
LOCK := $(BIN)/uv pip compile --quiet --universal --python-version 3.12 --generate-hashes
# Absolute addresses and the accepted Host port follow SITE_URL: the address we serve at.
LOCAL_SITE_URL = SITE_URL="$${SITE_URL:-http://127.0.0.1:$(PORT)}"
SERVE_ENV := $(LOCAL_SITE_URL) DEBUG=0 SECURE_SSL_REDIRECT=0 SESSION_COOKIE_SECURE=0 CSRF_COOKIE_SECURE=0 \
  SECURE_HSTS_SECONDS=0 SERVE_MEDIA=1 SECRET_KEY="$$(cat var/secret_key)"

.PHONY: run test test-fast lock serve lint format messages bench lighthouse clean install backup restore security-scan crawl-compare

# Installs the hashed lock of the whole set (requirements*.txt are the direct lists it is made
# from): the same versions everywhere, and pip refuses a file whose hash is not the locked one.
$(STAMP): requirements.lock requirements-dev.lock
	@test -n "$(PYTHON)" || { echo "No Python 3.12 or newer found. Install one, or run: make PYTHON=/path/to/python3.12 ..."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements-dev.lock
	@touch $(STAMP)

install: $(STAMP)

## make lock: after changing requirements*.txt, pin the full set again, with hashes
lock: $(STAMP)
	$(LOCK) requirements.txt -o requirements.lock
	$(LOCK) requirements-dev.txt -o requirements-dev.lock

var:
	@mkdir -p var

var/secret_key: | var
	@$(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))' > $@

## make run: the site with demo content at http://127.0.0.1:$(PORT)/
run: $(STAMP) | var
	$(DEV_ENV) $(BIN)/python manage.py migrate --no-input
	$(DEV_ENV) $(BIN)/python manage.py load_demo
	$(DEV_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## make test: the whole suite (SQLite unless DATABASE_URL is set)
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## make test-fast: the suite without browser, subprocess, fuzz and slow tests (CI runs all)
test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "$(FAST)" $(PYTEST_ARGS)

## make serve: production-like (gunicorn, DEBUG off, collected and compressed static files).
## Demo content only when asked: LOAD_DEMO=1 make serve
serve: $(STAMP) var/secret_key
	$(SERVE_ENV) $(BIN)/python manage.py migrate --no-input
	$(if $(filter 1,$(LOAD_DEMO)),$(SERVE_ENV) $(BIN)/python manage.py load_demo)
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --no-input --verbosity 0
	$(SERVE_ENV) $(BIN)/gunicorn portal.wsgi --bind 127.0.0.1:$(PORT)

## make bench: requests/s, latency, queries and memory under gunicorn and wrk, on SQLite and
## PostgreSQL with a generated corpus, cached and uncached, then the search case on
## PostgreSQL (scripts/bench)
bench: $(STAMP) var/secret_key
	bash scripts/bench

## make lighthouse: Lighthouse (mobile) on the Arabic home, urgent guide, directory and a plan
lighthouse: $(STAMP) var/secret_key
	bash scripts/lighthouse

## make backup: pg_dump (custom format) of DATABASE_URL's PostgreSQL database to var/backups/
backup: $(STAMP) | var
	@$(BIN)/python manage.py backup

## make restore FILE=var/backups/portal-....dump: restore a backup into DATABASE_URL's database
restore: $(STAMP)
	@test -n "$(FILE)" || { echo "Say which dump: make restore FILE=var/backups/portal-....dump"; exit 2; }
	@$(BIN)/python manage.py restore "$(FILE)"

## make security-scan: gunicorn behind local TLS, scanned by Mozilla's HTTP Observatory CLI
security-scan: $(STAMP) var/secret_key
	bash scripts/security-scan

## make lint: ruff check and format check
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

## make messages: refresh and compile the translation catalogs
messages: $(STAMP)
	$(DEV_ENV) $(BIN)/python manage.py makemessages --locale ar --locale fr --locale en --ignore '.venv/*' --ignore 'var/*' --no-obsolete
	$(DEV_ENV) $(BIN)/python manage.py compilemessages --ignore '.venv/*'

clean:
	rm -rf $(VENV) var/static .pytest_cache

## make crawl-compare: crawl every public page (ar, fr, en) into var/crawl-after and diff it
## against a baseline crawl (BASE=/tmp/crawl-before, made with scripts/crawl on the old code)
BASE ?= /tmp/crawl-before
crawl-compare: $(STAMP)
	@test -d "$(BASE)" || { echo "No baseline at $(BASE): run $(BIN)/python scripts/crawl $(BASE) on the old code"; exit 2; }
	rm -rf var/crawl-after
	$(BIN)/python scripts/crawl var/crawl-after 2>/dev/null
	diff -rq "$(BASE)" var/crawl-after && echo "crawl identical to $(BASE)"
