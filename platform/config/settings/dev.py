"""Local development and ``make run``: debug on, console email, embedded database by default."""

from config.dev_secret import dev_secret_key

from .base import *  # noqa: F403
from .base import SECRET_KEY, STATIC_ROOT, env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or dev_secret_key()
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it to exist
