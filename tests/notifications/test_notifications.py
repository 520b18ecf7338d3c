import datetime
from decimal import Decimal

import pytest
from django.core import mail

from audit.models import AuditEvent
from notifications.models import Notification, NotificationPreference
from notifications.services import notify
from notifications.tasks import send_email
from referrals.services import one_to_one_log, referral_give, thank_you_record
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, MemberFactory, today

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


@pytest.fixture
def pair(organization, member_of):
    chapter = ChapterFactory(organization=organization)
    return [
        MemberFactory(
            organization=organization,
            chapter=chapter,
            user=member_of(organization, Role.MEMBER),
            status="active",
            name=name,
        )
        for name in ("Ann", "Bo")
    ]


def _inbox(organization, member):
    with tenant(organization):
        return list(
            Notification.objects.filter(user=member.user, in_app=True).values_list("kind", "title")
        )


def test_a_notification_is_written_once_per_key_and_emailed_once(organization, pair) -> None:
    ann, _ = pair
    with tenant(organization):
        for _ in range(2):
            notify(
                kind="referral_received",
                key="referral_received:1",
                title="Hello",
                body="Body",
                link="/app/x/referrals",
                user_id=ann.user_id,
            )
        assert Notification.objects.count() == 1
    for _ in range(2):
        send_email(organization_id=str(organization.pk), key="referral_received:1")
    assert [(m.to, m.subject) for m in mail.outbox] == [([ann.user.email], "Hello")]
    assert "/app/x/referrals" in mail.outbox[0].body


def test_preferences_choose_the_app_the_email_both_or_neither(organization, pair) -> None:
    ann, _ = pair
    with tenant(organization):
        with pytest.raises(ValueError, match="Unknown notification kind"):
            notify(kind="nonsense", key="k", title="t", user_id=ann.user_id)
        NotificationPreference.objects.create(
            user=ann.user, kind="referral_received", in_app=False, email=True
        )
        NotificationPreference.objects.create(
            user=ann.user, kind="referral_moved", in_app=False, email=False
        )
        notify(kind="referral_received", key="a", title="Email only", user_id=ann.user_id)
        notify(kind="referral_moved", key="b", title="Nothing", user_id=ann.user_id)
        rows = {n.key: (n.in_app, n.wants_email) for n in Notification.objects.all()}
    assert rows == {"a": (False, True)}
    assert _inbox(organization, ann) == []


def test_help_given_tells_the_other_side(organization, owner, pair) -> None:
    ann, bo = pair
    with tenant(organization):
        referral_give(giver=ann, receiver=bo, actor=owner, contact_name="Dee", tier="inside")
        thank_you_record(thanking=bo, thanked=ann, actor=owner, amount=Decimal("100"))
        one_to_one_log(
            member=ann, actor=owner, others=[bo], met_on=today() - datetime.timedelta(days=1)
        )
    assert _inbox(organization, bo) == [
        ("one_to_one_to_confirm", "Ann logged a 1-2-1 with you"),
        ("referral_received", "Ann gave you a referral: Dee"),
    ]
    assert _inbox(organization, ann) == [
        ("thank_you_received", "Bo thanks you for closed business")
    ]


def test_the_thank_you_notice_follows_the_policy(organization, owner, pair) -> None:
    ann, bo = pair
    organization.settings = {"notify_thank_yous": False}
    organization.save()
    with tenant(organization):
        thank_you_record(thanking=bo, thanked=ann, actor=owner, amount=Decimal("100"))
    assert _inbox(organization, ann) == []


def test_the_api_lists_marks_and_counts_only_ones_own(
    client_for, organization, owner, pair, django_assert_max_num_queries
) -> None:
    ann, bo = pair
    with tenant(organization):
        for index in range(3):
            notify(
                kind="referral_received", key=f"ann:{index}", title=f"A{index}", user_id=ann.user_id
            )
        notify(kind="referral_received", key="bo", title="B", user_id=bo.user_id)
        bo_notification = Notification.objects.get(key="bo")
    client = client_for(ann.user)
    with django_assert_max_num_queries(9):
        listed = client.get(_url(organization, "notifications/"))
    assert [n["title"] for n in listed.json()["results"]] == ["A2", "A1", "A0"]
    first = listed.json()["results"][0]
    assert first["read"] is False

    marked = client.patch(
        _url(organization, f"notifications/{first['id']}/"), {"read": True}, format="json"
    )
    assert marked.status_code == 200 and marked.json()["read"] is True
    unread = client.get(_url(organization, "notifications/?unread=true")).json()["results"]
    assert [n["title"] for n in unread] == ["A1", "A0"]
    back = client.patch(
        _url(organization, f"notifications/{first['id']}/"), {"read": False}, format="json"
    )
    assert back.json()["read"] is False
    assert client.post(_url(organization, "notifications/read-all")).json() == {"marked": 3}
    assert client.get(_url(organization, "notifications/?unread=true")).json()["results"] == []

    # Someone else's notification does not exist for Ann; Bo's stays unread.
    other = client.patch(
        _url(organization, f"notifications/{bo_notification.pk}/"), {"read": True}, format="json"
    )
    assert other.status_code == 404
    bo_unread = client_for(bo.user).get(_url(organization, "notifications/?unread=true"))
    assert [n["title"] for n in bo_unread.json()["results"]] == ["B"]
    bad = client.patch(
        _url(organization, f"notifications/{first['id']}/"), {"read": "maybe"}, format="json"
    )
    assert bad.status_code == 400 and "read" in bad.json()["errors"]


def test_preferences_read_and_set_through_the_api(client_for, organization, pair) -> None:
    ann, _ = pair
    client = client_for(ann.user)
    url = _url(organization, "notification-preferences/")
    listed = {p["kind"]: p for p in client.get(url).json()}
    assert listed["referral_received"] == {
        "id": None,
        "kind": "referral_received",
        "description": "A member gives you a referral",
        "in_app": True,
        "email": True,
    }
    assert {"referral_moved", "follow_up_reminder", "thank_you_received"} <= set(listed)

    saved = client.put(
        url,
        {"preferences": [{"kind": "referral_moved", "in_app": True, "email": False}]},
        format="json",
    )
    assert saved.status_code == 200
    assert {p["kind"]: p["email"] for p in saved.json()}["referral_moved"] is False
    with tenant(organization):
        assert AuditEvent.objects.filter(action="notification_preferences.changed").exists()

    bad = client.put(
        url,
        {
            "preferences": [
                {"kind": "referral_received", "in_app": False, "email": False},
                {"kind": "nonsense", "in_app": True, "email": True},
            ]
        },
        format="json",
    )
    assert bad.status_code == 400
    assert "preferences" in bad.json()["errors"] or any(
        key.startswith("preferences") for key in bad.json()["errors"]
    )
    with tenant(organization):
        assert not NotificationPreference.objects.filter(kind="referral_received").exists()


def test_notices_write_money_and_days_as_the_pages_do(organization, owner, pair) -> None:
    ann, bo = pair
    met_on = today() - datetime.timedelta(days=1)
    with tenant(organization):
        thank_you_record(thanking=bo, thanked=ann, actor=owner, amount=Decimal("1800"))
        one_to_one_log(member=ann, actor=owner, others=[bo], met_on=met_on)
        bodies = {n.kind: n.body for n in Notification.objects.all()}
    assert "closed business worth $1,800.00 thanks to you" in bodies["thank_you_received"]
    assert f"on {met_on:%b} {met_on.day}, {met_on.year}." in bodies["one_to_one_to_confirm"]
