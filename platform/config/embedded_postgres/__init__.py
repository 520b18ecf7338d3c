"""The embedded PostgreSQL server used when ``DATABASE_URL`` is unset.

``pgserver`` ships PostgreSQL binaries in a wheel. The first process that connects starts the
server (data under ``var/pgdata``, listening on a Unix socket only) and creates the two roles
the project needs; later processes find it running and share it. The server keeps running when
the process that started it exits, so the web server, the worker, ``manage.py`` commands and
the tests all talk to one server. ``manage.py embedded_db stop`` stops it.

Roles:
- ``OWNER_ROLE`` owns the database and every table; migrations run as it.
- ``RUNTIME_ROLE`` is what the application connects as: not a superuser, ``NOBYPASSRLS``,
  owns nothing. Row-level security therefore applies to every query the application makes.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from config.paths import VAR_DIR

DATABASE_NAME = "app"
OWNER_ROLE = "app_owner"
RUNTIME_ROLE = "app_runtime"
SUPERUSER = "postgres"

_lock = threading.Lock()
_server: EmbeddedServer | None = None


@dataclass(frozen=True)
class EmbeddedServer:
    pgdata: Path
    socket_dir: str
    pid: int | None


def database_settings(role: str) -> dict[str, Any]:
    """Django ``DATABASES`` entry for ``role`` on the embedded server (started on connect)."""
    return {
        "ENGINE": "config.embedded_postgres",
        "NAME": DATABASE_NAME,
        "USER": role,
        "PASSWORD": "",
        # The real socket directory is filled in when the first connection is made.
        "HOST": "",
        "PORT": "",
    }


def ensure_server(pgdata: Path | None = None) -> EmbeddedServer:
    """Start the embedded server if needed, create roles and database once, return its socket."""
    global _server
    with _lock:
        if _server is not None and _server.pid is not None and _is_running(_server.pid):
            return _server
        pgdata = pgdata or VAR_DIR / "pgdata"
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import pgserver

            server = pgserver.get_server(pgdata, cleanup_mode=None)
        info = server.get_postmaster_info()
        _server = EmbeddedServer(pgdata=pgdata, socket_dir=str(info.socket_dir), pid=info.pid)
        _bootstrap(_server)
        return _server


def stop_server(pgdata: Path | None = None) -> bool:
    """Stop the embedded server if it runs. Returns whether one was running."""
    global _server
    pgdata = pgdata or VAR_DIR / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from pgserver.utils import PostmasterInfo

        info = PostmasterInfo.read_from_pgdata(pgdata)
    if info is None or not info.is_running() or info.process is None:
        return False
    info.process.terminate()  # SIGTERM: PostgreSQL's "smart" shutdown
    info.process.wait(30)
    _server = None
    return True


def _is_running(pid: int) -> bool:
    import psutil

    return bool(psutil.pid_exists(pid))


def _bootstrap(server: EmbeddedServer) -> None:
    marker = server.pgdata / ".project-bootstrapped"
    if marker.exists():
        return
    import psycopg
    from psycopg import sql

    with psycopg.connect(
        host=server.socket_dir, user=SUPERUSER, dbname="postgres", autocommit=True
    ) as conn:
        # Several processes may start at once; one bootstraps, the others wait.
        conn.execute("SELECT pg_advisory_lock(74210)")
        roles = {row[0] for row in conn.execute("SELECT rolname FROM pg_roles").fetchall()}
        if OWNER_ROLE not in roles:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN CREATEDB NOSUPERUSER NOBYPASSRLS").format(
                    sql.Identifier(OWNER_ROLE)
                )
            )
        if RUNTIME_ROLE not in roles:
            conn.execute(
                sql.SQL(
                    "CREATE ROLE {} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"
                ).format(sql.Identifier(RUNTIME_ROLE))
            )
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(DATABASE_NAME), sql.Identifier(OWNER_ROLE)
                )
            )
        conn.execute("SELECT pg_advisory_unlock(74210)")
    marker.touch()
