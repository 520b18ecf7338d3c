"""A per-checkout secret key for development and tests, so no secret is ever a literal."""

import secrets

from config.paths import VAR_DIR


def dev_secret_key() -> str:
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()
