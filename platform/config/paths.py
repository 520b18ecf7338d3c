"""Filesystem locations shared by settings, the embedded database and commands."""

from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parents[2]
PLATFORM_DIR = ROOT_DIR / "platform"
VAR_DIR = ROOT_DIR / "var"


def add_import_roots() -> None:
    """Put the project root (product apps) and ``platform/`` (config, tenancy, ...) on the path."""
    import sys

    for path in (ROOT_DIR, PLATFORM_DIR):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
