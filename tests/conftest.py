"""Test database set-up: created and migrated as the owner role, used as the runtime role.

Tests therefore run under row-level security exactly like the web and worker processes; a
superuser or table owner would silently bypass it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connections
from psycopg import sql
from rest_framework.test import APIClient

from tenancy.models import Organization, Role
from tests.factories.accounts import UserFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment: None,
    django_db_blocker: Any,
    django_db_keepdb: bool,
) -> Iterator[None]:
    owner = connections["owner"]
    runtime = connections["default"]
    original_name = owner.settings_dict["NAME"]
    with django_db_blocker.unblock():
        test_name = owner.creation.create_test_db(
            verbosity=0, autoclobber=True, keepdb=django_db_keepdb, serialize=False
        )
        with owner.cursor() as cursor:
            # Test-only: pytest-django empties tables between transactional tests with TRUNCATE.
            cursor.execute(
                sql.SQL("GRANT TRUNCATE ON ALL TABLES IN SCHEMA public TO {}")
                .format(sql.Identifier(runtime.settings_dict["USER"]))
                .as_string(cursor.connection)
            )
        runtime.close()
        runtime.settings_dict["NAME"] = test_name
    yield
    with django_db_blocker.unblock():
        runtime.close()
        owner.creation.destroy_test_db(original_name, verbosity=0, keepdb=django_db_keepdb)


@pytest.fixture(autouse=True)
def _empty_job_queue_after_committing_tests(
    request: pytest.FixtureRequest, django_db_blocker: Any
) -> Iterator[None]:
    """Transactional tests commit; Django's flush leaves the job tables (unmanaged) alone."""
    yield
    marker = request.node.get_closest_marker("django_db")
    if marker is None or not marker.kwargs.get("transaction"):
        return
    with django_db_blocker.unblock(), connections["default"].cursor() as cursor:
        cursor.execute("DELETE FROM procrastinate_periodic_defers")
        cursor.execute("DELETE FROM procrastinate_jobs")


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def client_for() -> Callable[[Any], APIClient]:
    """An API client signed in as ``user`` through the browser session."""

    def make(user: Any) -> APIClient:
        client = APIClient()
        client.force_login(user)
        return client

    return make


@pytest.fixture
def organization() -> Organization:
    return OrganizationFactory()


@pytest.fixture
def other_organization() -> Organization:
    return OrganizationFactory()


@pytest.fixture
def member_of() -> Callable[..., Any]:
    """``member_of(org, role="owner")`` -> a user holding ``role`` in ``org``."""

    def make(organization: Organization, role: str = Role.MEMBER, **kwargs: Any) -> Any:
        return MembershipFactory(organization=organization, role=role, **kwargs).user

    return make


@pytest.fixture
def owner(organization: Organization, member_of: Callable[..., Any]) -> Any:
    return member_of(organization, Role.OWNER)


@pytest.fixture
def user() -> Any:
    return UserFactory()
