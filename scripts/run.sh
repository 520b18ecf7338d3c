#!/usr/bin/env bash
# Serve the product as it runs in production: gunicorn (platform/config/gunicorn.py) and a job
# worker beside it, both stopped together. Debug pages are off; `DJANGO_DEBUG=1 make run`
# turns them on for development.
set -euo pipefail
cd "$(dirname "$0")/.."
export PORT="${PORT:-8000}"
export DJANGO_SETTINGS_MODULE="${DJANGO_SETTINGS_MODULE:-config.settings.dev}"
export DJANGO_DEBUG="${DJANGO_DEBUG:-false}"
UV="${UV:-uv}"

$UV run python manage.py procrastinate worker &
worker=$!
trap 'kill "$worker" 2>/dev/null || true' EXIT INT TERM

echo "Serving on http://127.0.0.1:${PORT}  (Ctrl-C stops the web server and the worker)"
$UV run gunicorn --config platform/config/gunicorn.py config.wsgi:application
