"""Django database backend for the embedded server: PostgreSQL, started on first connection."""

from typing import Any

from django.db.backends.postgresql import base

from config.embedded_postgres import ensure_server


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self) -> dict[str, Any]:
        params = super().get_connection_params()
        params["host"] = ensure_server().socket_dir
        return params
