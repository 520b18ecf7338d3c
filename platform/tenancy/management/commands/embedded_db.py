"""Start, inspect or stop the embedded PostgreSQL server (used when DATABASE_URL is unset)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from config.embedded_postgres import ensure_server, stop_server


class Command(BaseCommand):
    help = "Manage the embedded PostgreSQL server: start, status or stop."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["start", "status", "stop"])

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "stop":
            stopped = stop_server()
            self.stdout.write("stopped" if stopped else "not running")
            return
        if action == "status":
            from config.paths import VAR_DIR

            if not (VAR_DIR / "pgdata" / "postmaster.pid").exists():
                raise CommandError("not running")
        server = ensure_server()
        self.stdout.write(f"running (pid {server.pid}, socket {server.socket_dir})")
