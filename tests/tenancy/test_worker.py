"""The job queue end to end: the job commits with the organization, a real worker runs it."""

import pytest
from django.core import mail
from procrastinate.contrib.django import app
from procrastinate.contrib.django.models import ProcrastinateJob
from procrastinate.periodic import PeriodicRegistry

from tenancy.services import organization_create
from tests.factories.accounts import UserFactory


@pytest.mark.django_db(transaction=True)
def test_a_worker_sends_the_welcome_email_of_a_new_organization() -> None:
    founder = UserFactory(email="founder@example.com")
    organization_create(
        actor=founder, name="Acme", slug="acme", currency="USD", time_zone="America/Denver"
    )
    worker = app.with_connector(app.connector.get_worker_connector())
    # Only the job under test: no periodic job that happens to be due around now.
    worker.periodic_registry = PeriodicRegistry()
    worker.run_worker(
        queues=["emails"], wait=False, install_signal_handlers=False, listen_notify=False
    )
    assert [message.to for message in mail.outbox] == [["founder@example.com"]]
    assert ProcrastinateJob.objects.get().status == "succeeded"
