import os
import sys
from pathlib import Path

# The project root (product apps) and platform/ (config, tenancy, ...) are both import roots.
ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, ROOT / "platform"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
