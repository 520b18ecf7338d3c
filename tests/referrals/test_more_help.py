import datetime

import pytest

from referrals.models import HelpTally, OneToOne, Referral
from referrals.services import referral_change_status, referral_give
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import ChapterFactory, MemberFactory, today

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


@pytest.fixture
def trio(organization, member_of):
    chapter = ChapterFactory(organization=organization)
    seats = []
    for name in ("Ann", "Bo", "Cy"):
        user = member_of(organization, Role.MEMBER)
        seats.append(
            MemberFactory(
                organization=organization, chapter=chapter, user=user, status="active", name=name
            )
        )
    return seats


def _tally(organization, member, field):
    with tenant(organization):
        return sum(getattr(t, field) for t in HelpTally.objects.filter(member=member))


def test_a_one_to_one_counts_when_confirmed_and_never_when_disputed(
    client_for, organization, trio
) -> None:
    ann, bo, cy = trio
    logged = client_for(ann.user).post(
        _url(organization, "one-to-ones/"),
        {"others": [str(bo.pk), str(cy.pk)], "met_on": today().isoformat(), "mode": "video"},
        format="json",
    )
    assert logged.status_code == 201, logged.content
    base = _url(organization, f"one-to-ones/{logged.json()['id']}/")
    assert client_for(cy.user).post(base + "dispute").status_code == 200
    assert _tally(organization, ann, "one_to_ones") == 0
    confirmed = client_for(bo.user).post(base + "confirm")
    assert confirmed.json()["counted"] is True
    assert client_for(bo.user).post(base + "confirm").status_code == 409
    assert (
        _tally(organization, ann, "one_to_ones"),
        _tally(organization, bo, "one_to_ones"),
        _tally(organization, cy, "one_to_ones"),
    ) == (1, 1, 0)
    # Only the people met answer; they and the member who logged it see it.
    assert client_for(ann.user).post(base + "confirm").status_code == 404
    for seat in (ann, bo, cy):
        listed = client_for(seat.user).get(_url(organization, "one-to-ones/")).json()["results"]
        assert [entry["id"] for entry in listed] == [logged.json()["id"]]


def test_one_to_ones_need_one_or_two_others_and_no_future_date(
    client_for, organization, trio
) -> None:
    ann, bo, _ = trio
    client = client_for(ann.user)
    cases = [
        ({"others": [], "met_on": today().isoformat()}, "others"),
        ({"others": [str(ann.pk)], "met_on": today().isoformat()}, "others"),
        (
            {"others": [str(bo.pk)], "met_on": (today() + datetime.timedelta(days=2)).isoformat()},
            "met_on",
        ),
    ]
    for body, field in cases:
        response = client.post(_url(organization, "one-to-ones/"), body, format="json")
        assert response.status_code == 400, response.content
        assert field in response.json()["errors"]
    with tenant(organization):
        assert not OneToOne.objects.exists()


def test_education_testimonials_and_other_help_count_for_the_giver(
    client_for, organization, member_of, trio
) -> None:
    ann, bo, _ = trio
    client = client_for(ann.user)
    education = client.post(
        _url(organization, "education-credits/"),
        {
            "title": "Networking Up",
            "completed_on": today().isoformat(),
            "kind": "book",
            "credits": 2,
        },
        format="json",
    )
    assert education.status_code == 201
    testimonial = client.post(
        _url(organization, "testimonials/"),
        {"receiver": str(bo.pk), "text": "Great plumber"},
        format="json",
    )
    assert testimonial.status_code == 201
    introduction = client.post(
        _url(organization, "other-help/"),
        {"receiver": str(bo.pk), "kind": "introduction"},
        format="json",
    )
    assert introduction.status_code == 201
    itself = client.post(
        _url(organization, "other-help/"), {"receiver": str(ann.pk), "kind": "lead"}, format="json"
    )
    assert itself.status_code == 400
    assert (
        _tally(organization, ann, "education"),
        _tally(organization, ann, "testimonials_given"),
        _tally(organization, ann, "other_help_given"),
    ) == (2, 1, 1)
    board = client.get(
        _url(
            organization,
            f"leaderboards/help-given?period=week&metric=education&chapter={ann.chapter_id}",
        )
    ).json()
    top = board["rows"][0]
    assert (top["member_name"], top["education"], top["testimonials"], top["other_help"]) == (
        "Ann",
        2,
        1,
        1,
    )
    assert top["score"] == 2 * 3 + 3 + 2
    # Testimonials are public in the organization; other help is between the two and leaders.
    outsider = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, user=outsider, status="active")
    assert len(client_for(outsider).get(_url(organization, "testimonials/")).json()["results"]) == 1
    assert client_for(outsider).get(_url(organization, "other-help/")).json()["results"] == []
    assert len(client_for(bo.user).get(_url(organization, "other-help/")).json()["results"]) == 1


def test_a_member_sees_their_month_balance_and_follow_up_rate(
    client_for, organization, member_of, trio
) -> None:
    ann, bo, cy = trio
    with tenant(organization):
        answered = referral_give(
            giver=bo, receiver=ann, actor=None, contact_name="A", tier="inside"
        )
        referral_change_status(referral=answered, actor=None, status="contacted")
        late = referral_give(giver=bo, receiver=ann, actor=None, contact_name="B", tier="inside")
        fresh = referral_give(giver=cy, receiver=ann, actor=None, contact_name="C", tier="inside")
        referral_give(giver=ann, receiver=bo, actor=None, contact_name="D", tier="inside")
        old = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=10)
        Referral.objects.filter(pk=late.pk).update(created_at=old)
    body = client_for(ann.user).get(_url(organization, f"members/{ann.pk}/help-summary")).json()
    assert (body["given"]["referrals"], body["received"]["referrals"]) == (1, 3)
    assert body["this_month"]["referrals_given"] == 1
    # Judged: the answered one (in time) and the old unanswered one; the fresh one is too early.
    assert (body["follow_up_rate"], body["follow_up_considered"]) == (0.5, 2)
    assert fresh.status == "new"
    assert (
        client_for(bo.user).get(_url(organization, f"members/{ann.pk}/help-summary")).status_code
        == 403
    )


def test_a_member_lists_the_testimonials_they_gave(client_for, organization, trio) -> None:
    ann, bo, cy = trio
    for giver, receiver in ((ann, bo), (bo, ann), (cy, bo)):
        response = client_for(giver.user).post(
            _url(organization, "testimonials/"),
            {"receiver": str(receiver.pk), "text": f"{giver.name} thanks {receiver.name}"},
            format="json",
        )
        assert response.status_code == 201, response.content
    client = client_for(ann.user)

    def texts(query: str) -> list[str]:
        response = client.get(_url(organization, f"testimonials/{query}"))
        assert response.status_code == 200, response.content
        return sorted(entry["text"] for entry in response.json()["results"])

    assert texts("?direction=given") == ["Ann thanks Bo"]
    assert texts("?direction=received") == ["Bo thanks Ann"]
    assert len(texts("")) == 3
    refused = client.get(_url(organization, "testimonials/?direction=sideways"))
    assert refused.status_code == 400
    assert "direction" in refused.json()["errors"]
