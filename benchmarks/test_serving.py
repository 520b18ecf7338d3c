"""`make run`'s server under load: 10,000 requests from 8 clients, none may fail.

The server is started exactly as `make run` starts it (gunicorn with
``platform/config/gunicorn.py``), on the run's database with connections kept between
requests (``CONN_MAX_AGE`` 60, as `make run` has it). Each client signs in and alternates
between its account (``/api/v1/me``) and its chapter's meetings.
"""

from __future__ import annotations

import http.client
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from typing import Any

import pytest
from django.db import connections

from benchmarks.test_network import PASSWORD, ROOT, _free_port, _session_token, _wait_for
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, MeetingFactory, MemberFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory

REQUESTS = 10_000
CLIENTS = 8


@pytest.mark.django_db(transaction=True)  # the server must see committed rows
def test_make_run_server_answers_every_request_under_load() -> None:
    organization = OrganizationFactory()
    membership = MembershipFactory(organization=organization, role=Role.MEMBER)
    membership.user.set_password(PASSWORD)
    membership.user.save()
    with tenant(organization):
        chapter = ChapterFactory(organization=organization)
        MemberFactory(organization=organization, chapter=chapter, user=membership.user)
        MeetingFactory.create_batch(12, organization=organization, chapter=chapter)
    port = _free_port()
    env = {
        **os.environ,
        "BENCH_DATABASE_NAME": str(connections["default"].settings_dict["NAME"]),
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "PYTHONPATH": f"{ROOT / 'platform'}:{ROOT}",
        "PORT": str(port),
    }
    command = [sys.executable, "-m", "gunicorn", "--config", "platform/config/gunicorn.py"]
    server = subprocess.Popen(  # noqa: S603 (our own command line)
        [*command, "config.wsgi:application"],
        cwd=ROOT,
        env=env,
    )
    try:
        _wait_for(port)
        token = _session_token(port, membership.user.email)
        paths = ["/api/v1/me", f"/api/v1/orgs/{organization.slug}/meetings/?chapter={chapter.pk}"]
        statuses, seconds = _load(port, paths, {"X-Session-Token": token})
    finally:
        server.terminate()
        server.wait(timeout=30)
    errors = sum(count for status, count in statuses.items() if status >= 400)
    print(
        f"\nmake run's server, {CLIENTS} clients: {REQUESTS:,} requests in {seconds:.1f} s "
        f"({REQUESTS / seconds:.0f}/s), errors: {errors} {dict(statuses)}"
    )
    assert errors == 0, statuses


def _load(port: int, paths: list[str], headers: dict[str, str]) -> tuple[Counter[int], float]:
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    share = REQUESTS // CLIENTS

    def client(number: int) -> None:
        connection: Any = None
        for index in range(share):
            if connection is None:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                connection.request("GET", paths[(number + index) % len(paths)], headers=headers)
                response = connection.getresponse()
                response.read()
                status = response.status
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                status = 599  # no answer at all
                connection = None
            with lock:
                statuses[status] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses, time.perf_counter() - started
