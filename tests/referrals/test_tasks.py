import datetime

import pytest
from django.core import mail
from django.utils import timezone

from notifications.models import Notification
from notifications.tasks import send_email
from referrals.models import HelpTally, Referral
from referrals.services import one_to_one_log, referral_change_status, referral_give
from referrals.tasks import count_unanswered_one_to_ones, follow_up_reminders
from tenancy.context import tenant
from tests.factories.groups import ChapterFactory, MemberFactory, today
from tests.factories.referrals import ReferralFactory

pytestmark = pytest.mark.django_db


def _send_emails(organization) -> None:
    """Run each queued email job twice: the second run sends nothing."""
    with tenant(organization):
        keys = list(Notification.objects.values_list("key", flat=True))
    for _ in range(2):
        for key in keys:
            send_email(organization_id=str(organization.pk), key=key)


def test_the_receiver_is_told_and_the_giver_hears_each_move_once(
    organization, owner, django_capture_on_commit_callbacks
) -> None:
    chapter = ChapterFactory(organization=organization)
    giver = MemberFactory(
        organization=organization,
        chapter=chapter,
        status="active",
        invited_email="ann@x.com",
        name="Ann",
    )
    receiver = MemberFactory(
        organization=organization,
        chapter=chapter,
        status="active",
        invited_email="bo@x.com",
        name="Bo",
    )
    with tenant(organization), django_capture_on_commit_callbacks() as callbacks:
        referral = referral_give(
            giver=giver, receiver=receiver, actor=owner, contact_name="Dee", tier="inside"
        )
        referral_change_status(referral=referral, actor=owner, status="contacted")
    assert len(callbacks) == 2  # one email job each
    _send_emails(organization)
    assert sorted((m.to[0], m.subject) for m in mail.outbox) == [
        ("ann@x.com", "Your referral for Dee is now contacted"),
        ("bo@x.com", "Ann gave you a referral: Dee"),
    ]


def test_a_referral_left_new_past_the_window_is_chased_once(organization) -> None:
    stale = ReferralFactory(
        organization=organization, contact_name="Old", receiver__invited_email="bo@x.com"
    )
    ReferralFactory(organization=organization, contact_name="Fresh")
    answered = ReferralFactory(organization=organization, contact_name="Done", status="contacted")
    with tenant(organization):
        Referral.objects.filter(pk__in=[stale.pk, answered.pk]).update(
            created_at=timezone.now() - datetime.timedelta(days=4)
        )
    assert follow_up_reminders() == 1
    assert follow_up_reminders() == 0
    with tenant(organization):
        reminder = Notification.objects.get(kind="follow_up_reminder")
    assert reminder.key == f"follow_up:{stale.pk}"
    send_email(organization_id=str(organization.pk), key=reminder.key)
    assert [(m.to, m.subject) for m in mail.outbox] == [(["bo@x.com"], "How did it go with Old?")]


def test_unanswered_one_to_ones_count_after_the_policys_days(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    ann, bo, cy = (
        MemberFactory(organization=organization, chapter=chapter, status="active") for _ in range(3)
    )
    with tenant(organization):
        old = one_to_one_log(
            member=ann, actor=owner, others=[bo], met_on=today() - datetime.timedelta(days=10)
        )
        one_to_one_log(member=ann, actor=owner, others=[cy], met_on=today())
    assert count_unanswered_one_to_ones() == 0  # the default: only confirmed ones count
    organization.settings = {"one_to_one_count_after_days": 7}
    organization.save()
    assert count_unanswered_one_to_ones() == 1
    assert count_unanswered_one_to_ones() == 0
    with tenant(organization):
        old.refresh_from_db()
        assert old.counted_at is not None
        assert sum(t.one_to_ones for t in HelpTally.objects.filter(member=ann)) == 1
