"""The one way to declare a background job.

Jobs run on worker threads; like a web request, each job starts and ends by letting Django
close database connections that are too old or broken (``CONN_MAX_AGE``), so a worker never
keeps a dead connection, and tests (``CONN_MAX_AGE = 0``) leave none open.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from procrastinate.contrib.django import app

F = TypeVar("F", bound=Callable[..., Any])
PROCRASTINATE_ALIAS = getattr(settings, "PROCRASTINATE_DATABASE_ALIAS", "default")


def job(
    *, name: str, queue: str = "default", retry: int = 0, cron: str | None = None
) -> Callable[[F], Any]:
    """Declare a job; with ``cron`` the worker also defers it on that schedule, passing the
    scheduled time as ``timestamp``."""

    def decorate(func: F) -> Any:
        @functools.wraps(func)
        def run(*args: Any, **kwargs: Any) -> Any:
            _release_connections()
            try:
                return func(*args, **kwargs)
            finally:
                _release_connections()

        task = app.task(name=name, queue=queue, retry=retry)(run)
        if cron is not None:
            task = app.periodic(cron=cron, periodic_id=name)(task)
        return task

    return decorate


def _release_connections() -> None:
    # Called inline (a test, a command inside a transaction) the connection is in use: keep it.
    if not connection.in_atomic_block:
        close_old_connections()


def defer_on_commit(name: str, **kwargs: Any) -> None:
    """Queue the job ``name`` once the current transaction commits (never for a rolled-back
    change). By name, so services need not import the jobs that report on them."""
    transaction.on_commit(functools.partial(_defer, name, kwargs), using=PROCRASTINATE_ALIAS)


def _defer(name: str, kwargs: dict[str, Any]) -> None:
    app.configure_task(name, allow_unknown=False).defer(**kwargs)
