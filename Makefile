# The two commands: `make run` serves the product, `make test` checks it. Both set up what is
# missing first (uv, Python packages, the embedded database).
SHELL := /bin/bash
PORT ?= 8000
export PORT

# uv comes from PyPI; installed on first use when the machine has none that works.
UV := $(shell uv --version >/dev/null 2>&1 && echo uv || echo "python3 -m uv")
export UV

.PHONY: run test lint format setup deps database demo api-docs db-stop clean

run: database demo
	./scripts/run.sh

test: deps lint
	$(UV) run pytest

lint: deps
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy
	$(UV) run python manage.py makemigrations --check --dry-run --verbosity 0

format: deps
	$(UV) run ruff format .
	$(UV) run ruff check --fix .

deps:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen --quiet

database: deps
	$(UV) run python manage.py migrate --noinput
	$(UV) run python manage.py createcachetable

demo: database
	$(UV) run python manage.py seed_demo

db-stop: deps
	$(UV) run python manage.py embedded_db stop

clean: db-stop
	rm -rf var .venv
