"""WSGI entry point. Served with ``platform/`` on the path (gunicorn ``--pythonpath platform``)."""

import os

from config.paths import add_import_roots

add_import_roots()
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
