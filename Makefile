# The two commands: `make run` serves the product, `make test` checks it. Both set up what is
# missing first (uv, Python packages, the embedded database).
SHELL := /bin/bash
PORT ?= 8000
export PORT

# uv comes from PyPI; installed on first use when the machine has none that works.
UV := $(shell uv --version >/dev/null 2>&1 && echo uv || echo "python3 -m uv")
export UV

.PHONY: run dev test bench lint format deps frontend-deps frontend browser database demo api-types \
	db-stop clean

run: database demo frontend
	./scripts/run.sh

# Vite with hot reload on :5173, proxying the API to Django on :$(PORT).
dev: database demo frontend-deps
	./scripts/dev.sh

test: deps frontend browser lint
	cd frontend && npm test
	$(UV) run pytest

# Speed, measured: each benchmark prints its figures (milliseconds per request).
bench: deps
	$(UV) run pytest benchmarks -q -s -p no:randomly -p no:cacheprovider

lint: deps frontend-deps
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy
	$(UV) run python manage.py makemigrations --check --dry-run --verbosity 0
	cd frontend && npm run typecheck && npm run lint && npm run api:check

format: deps
	$(UV) run ruff format .
	$(UV) run ruff check --fix .

deps:
	@$(UV) --version >/dev/null 2>&1 || python3 -m pip install --quiet uv
	$(UV) sync --frozen --quiet

# npm packages: installed again only when the lock file changes.
frontend-deps: frontend/node_modules/.package-lock.json
frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund

# The production build: rebuilt only when a source file is newer than it.
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts \
	frontend/package.json frontend/tsconfig.json frontend/tsconfig.node.json -type f 2>/dev/null)
frontend: frontend/dist/index.html
frontend/dist/index.html: $(FRONTEND_SOURCES) frontend/node_modules/.package-lock.json
	cd frontend && npm run build

# The browser tests drive Debian's Chromium; install it when missing and we are allowed to.
browser:
	@command -v chromium >/dev/null 2>&1 || [ -n "$${CHROMIUM_PATH:-}" ] || \
	  { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } || \
	  { echo "Chromium is missing: apt-get install -y chromium (or set CHROMIUM_PATH)"; exit 1; }

# Regenerate the OpenAPI schema and the front end's types from it.
api-types: deps frontend-deps
	$(UV) run python manage.py spectacular --format openapi-json --file frontend/openapi.json
	cd frontend && npm run api:types

database: deps
	$(UV) run python manage.py migrate --noinput
	$(UV) run python manage.py createcachetable

demo: database
	$(UV) run python manage.py seed_demo

db-stop: deps
	$(UV) run python manage.py embedded_db stop

clean: db-stop
	rm -rf var .venv
