"""Filesystem locations shared by settings, the embedded database and commands."""

from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parents[2]
PLATFORM_DIR = ROOT_DIR / "platform"
VAR_DIR = ROOT_DIR / "var"
