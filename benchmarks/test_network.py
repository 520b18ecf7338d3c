"""Reads and writes at network scale (design.md's performance targets).

The data set is built once per run (see ``benchmarks/network.py``). Times are server time
through the whole Django stack (session, tenant, RLS, serialization) with the test client;
the write rate is measured over HTTP against gunicorn with two workers.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from benchmarks.network import Network, build_network
from benchmarks.timing import measure
from groups.models import Member
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.tenancy import MembershipFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))  # two per core
PASSWORD = "bench-password-1"  # noqa: S105 (a throwaway account of the run)


@pytest.fixture(scope="session")
def network(django_db_setup: None, django_db_blocker: Any) -> Iterator[Network]:
    with django_db_blocker.unblock():
        built = build_network()
        with connections["owner"].cursor() as cursor:
            cursor.execute(
                "CREATE UNLOGGED TABLE bench_insert (id bigserial PRIMARY KEY, note text, "
                "at timestamptz DEFAULT now())"
            )
            runtime = connections["default"].settings_dict["USER"]
            cursor.execute(f'GRANT INSERT ON bench_insert TO "{runtime}"')
            cursor.execute(f'GRANT USAGE ON SEQUENCE bench_insert_id_seq TO "{runtime}"')
        print(f"\nnetwork data set: {built.rows:,} rows in {built.seconds:.0f} s")
        yield built


@pytest.fixture
def seats(network: Network) -> list[Member]:
    """A member of the large organization, with an account, and the rest of their chapter."""
    membership = MembershipFactory(organization=network.large, role=Role.MEMBER)
    membership.user.set_password(PASSWORD)
    membership.user.save()
    with tenant(network.large):
        chapter_seats = list(Member.objects.filter(chapter=network.chapter).order_by("name"))
        Member.objects.filter(pk=chapter_seats[0].pk).update(user=membership.user)
        chapter_seats[0].user = membership.user
    return chapter_seats


def test_leaderboard_at_network_scale(client_for, network: Network, seats) -> None:
    client = client_for(seats[0].user)
    base = f"/api/v1/orgs/{network.large.slug}/leaderboards/help-given"
    for label, query in (
        ("one chapter, this month", f"?period=month&chapter={network.chapter.pk}"),
        ("one chapter, this year", f"?period=year&chapter={network.chapter.pk}"),
        ("organization of 3,000 members, this month", "?period=month"),
        ("organization of 3,000 members, this year", "?period=year"),
    ):
        url = base + query

        def read(run: int, url: str = url) -> None:
            assert client.get(url).status_code == 200

        api = measure(f"GET leaderboards/help-given ({label})", read, runs=100)
        sql = _bare_sql(client, url, network)
        print(f"{'':<60} API over its bare SQL: {api['p50'] / sql['p50']:.2f}x (p50)")


def _bare_sql(client: Any, url: str, network: Network) -> dict[str, float]:
    """The same queries the request ran, straight on the connection, in its tenant."""
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    statements = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT")]

    def run_sql(run: int) -> None:
        with tenant(network.large), connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
                cursor.fetchall()

    return measure(f"{'':<4}the same {len(statements)} SELECTs, bare", run_sql, runs=100)


def test_chapter_dashboard_and_help_summary_at_network_scale(
    client_for, network: Network, seats
) -> None:
    client = client_for(seats[0].user)
    org = f"/api/v1/orgs/{network.large.slug}"
    staff = client_for(MembershipFactory(organization=network.large, role=Role.STAFF).user)
    measure(
        "GET members/{id}/help-summary (a member's own)",
        lambda run: client.get(f"{org}/members/{seats[0].pk}/help-summary"),
        runs=100,
    )
    measure(
        "GET chapters/{id}/help-dashboard (leaders)",
        lambda run: staff.get(f"{org}/chapters/{network.chapter.pk}/help-dashboard"),
        runs=100,
    )


def test_logging_a_slip(client_for, network: Network, seats) -> None:
    client = client_for(seats[0].user)
    url = f"/api/v1/orgs/{network.large.slug}/referrals/"

    def give(run: int) -> None:
        body = {
            "receiver": str(seats[1 + run % (len(seats) - 1)].pk),
            "contact_name": f"Contact {run}",
            "tier": "inside",
        }
        assert client.post(url, body, format="json").status_code == 201

    measure("POST referrals/ (log a slip: tally, notification, audit)", give)


# --- writes over HTTP ------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _session_token(port: int, email: str) -> str:
    client = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    client.request(
        "POST",
        "/_allauth/app/v1/auth/login",
        json.dumps({"email": email, "password": PASSWORD}),
        {"Content-Type": "application/json"},
    )
    answer = json.loads(client.getresponse().read())
    return str(answer["meta"]["session_token"])


def _rate(port: int, path: str, headers: dict[str, str], body: Any, seconds: float) -> float:
    """Requests per second that 8 keep-alive clients get answered over ``seconds``."""
    done = []
    stop = time.perf_counter() + seconds

    def client(number: int) -> None:
        connection_ = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        count = 0
        while time.perf_counter() < stop:
            connection_.request("POST", path, json.dumps(body(number, count)), headers)
            response = connection_.getresponse()
            response.read()
            assert response.status in (200, 201), response.status
            count += 1
        done.append(count)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / seconds


@pytest.mark.django_db(transaction=True)  # last: the server must see committed rows
def test_write_rate_over_http(network: Network, seats) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "BENCH_DATABASE_NAME": str(connections["default"].settings_dict["NAME"]),
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "PYTHONPATH": f"{ROOT / 'platform'}:{ROOT}",
    }
    server = subprocess.Popen(  # noqa: S603 (our own command line)
        [
            sys.executable,
            "-m",
            "gunicorn",
            "benchmarks.wsgi:application",
            f"--workers={WORKERS}",
            "--threads=1",
            f"--bind=127.0.0.1:{port}",
            "--log-level=warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        _wait_for(port)
        token = _session_token(port, seats[0].user.email)
        headers = {"Content-Type": "application/json", "X-Session-Token": token}
        path = f"/api/v1/orgs/{network.large.slug}/referrals/"
        receivers = [str(seat.pk) for seat in seats[1:]]
        api = _rate(
            port,
            path,
            headers,
            lambda n, i: {
                "receiver": receivers[(n + i) % len(receivers)],
                "contact_name": f"C{n}-{i}",
                "tier": "inside",
            },
            10,
        )
        bare = _rate(
            port, "/bench/insert", {"Content-Type": "application/json"}, lambda n, i: {}, 10
        )
        print(
            f"\nPOST referrals/ over HTTP, gunicorn {WORKERS} workers, 8 clients: "
            f"{api:.0f} writes/s; a bare view doing one INSERT: {bare:.0f}/s; "
            f"ratio {api / bare:.2f}"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(port: int) -> None:
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("gunicorn did not start")
