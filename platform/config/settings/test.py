"""Tests: the same database engine and roles as production, fast password hashing, locmem email."""

from config.dev_secret import dev_secret_key

from .base import *  # noqa: F403
from .base import SECRET_KEY, STATIC_ROOT

DEBUG = False
SECRET_KEY = SECRET_KEY or dev_secret_key()
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Argon2 stays the production hasher (see base); tests hash thousands of factory passwords.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = "optional"

STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise expects it to exist
# Jobs and requests close their connections at the end, so the test database can be dropped.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
