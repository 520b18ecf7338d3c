"""Tests: the same database engine and roles as production, fast password hashing, locmem email."""

from config.dev_secret import dev_secret_key

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = False
SECRET_KEY = SECRET_KEY or dev_secret_key()
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Argon2 stays the production hasher (see base); tests hash thousands of factory passwords.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_EMAIL_VERIFICATION = "optional"
