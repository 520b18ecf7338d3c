#!/usr/bin/env bash
# Serve the product: a job worker beside the web server, both stopped together.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8000}"
UV="${UV:-uv}"

$UV run python manage.py procrastinate worker &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT INT TERM

echo "Serving on http://127.0.0.1:${PORT}  (Ctrl-C stops the web server and the worker)"
$UV run python manage.py runserver "127.0.0.1:${PORT}" --noreload
