#!/usr/bin/env bash
# Front-end development: Django on :$PORT, Vite with hot reload on :5173 proxying to it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
# The development server starts a thread per request: a connection kept open per thread would
# pile up, so each request closes its own.
export DJANGO_CONN_MAX_AGE="${DJANGO_CONN_MAX_AGE:-0}"
UV="${UV:-uv}"

$UV run python manage.py runserver "127.0.0.1:${PORT}" &
django=$!
trap 'kill "$django" 2>/dev/null || true' EXIT INT TERM
echo "Open http://127.0.0.1:5173/app/ (API on :${PORT})"
cd frontend && DJANGO_ORIGIN="http://127.0.0.1:${PORT}" npm run dev
