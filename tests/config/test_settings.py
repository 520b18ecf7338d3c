"""Production settings refuse to start unless configured safely (checked in a fresh process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAFE = {
    "DJANGO_SECRET_KEY": "x" * 50,
    "DJANGO_ALLOWED_HOSTS": "app.example.com",
    "DATABASE_URL": "postgres://runtime@db.example.com/app",
    "DJANGO_DEBUG": "false",
}
PROBE = (
    "import django; from django.conf import settings; django.setup(); "
    "print(settings.SESSION_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS, "
    "settings.ACCOUNT_EMAIL_VERIFICATION, 'csp.middleware.CSPMiddleware' in settings.MIDDLEWARE, "
    "settings.PASSWORD_HASHERS[0].rsplit('.', 1)[1])"
)


def _start(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        env={
            **clean,
            **env,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "PYTHONPATH": f"{ROOT / 'platform'}:{ROOT}",
        },
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_production_starts_with_safe_settings_and_is_hardened() -> None:
    result = _start(SAFE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "31536000",
        "mandatory",
        "True",
        "Argon2PasswordHasher",
    ]


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"DJANGO_DEBUG": "true"}, "DJANGO_DEBUG must be off"),
        ({"DJANGO_SECRET_KEY": ""}, "DJANGO_SECRET_KEY must be set"),
        ({"DJANGO_ALLOWED_HOSTS": ""}, "DJANGO_ALLOWED_HOSTS must list"),
        ({"DATABASE_URL": ""}, "DATABASE_URL must be set"),
    ],
)
def test_production_refuses_unsafe_settings(override: dict[str, str], message: str) -> None:
    result = _start({**SAFE, **override})
    assert result.returncode != 0
    assert message in result.stderr
