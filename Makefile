# Two commands do everything on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1
WORKERS ?= 2

.PHONY: run test install lock translations migrate demo static lint check clean bench

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
	$(PY) manage.py migrate --noinput

static: install
	$(PY) manage.py collectstatic --noinput --verbosity 0

demo: migrate
	$(PY) manage.py load_demo

run: demo static
	@echo "Serving on http://$(HOST):$(PORT)/ (staff: see README, 'Staff accounts')"
	$(VENV)/bin/gunicorn network_site.wsgi:application --bind $(HOST):$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips 127.0.0.1

test: translations
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .

check: install
	$(PY) manage.py makemigrations --check --dry-run

# Performance benchmark on PostgreSQL (bench/README.md); not part of `make test`.
# BENCH_ARGS=--quick for a short run while developing.
bench: install
	$(PY) bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
