import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from groups.selectors import organization_today
from referrals.models import NEGATIVE_AMOUNT, Referral
from referrals.tallies import count
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories import referrals as slip_factories
from tests.factories.groups import ChapterFactory, ChapterRoleFactory, MemberFactory
from tests.factories.referrals import (
    EducationCreditFactory,
    OneToOneFactory,
    OtherHelpFactory,
    ReferralFactory,
    ThankYouFactory,
)

pytestmark = pytest.mark.django_db


COUNTED_KINDS = ("referrals", "one_to_ones", "visitors", "education", "testimonials", "other_help")


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


@pytest.fixture
def people(organization, member_of):
    """Two members of one chapter, each with an account, and an outsider in another chapter."""
    chapter = ChapterFactory(organization=organization)
    seats = {}
    for name in ("ann", "bo", "cy"):
        user = member_of(organization, Role.MEMBER)
        seats[name] = MemberFactory(
            organization=organization,
            chapter=chapter if name != "cy" else ChapterFactory(organization=organization),
            user=user,
            status="active",
            name=name.title(),
        )
    return seats


def test_a_member_gives_a_referral_and_only_the_receiver_moves_it(
    client_for, organization, people
) -> None:
    ann, bo = people["ann"], people["bo"]
    given = client_for(ann.user).post(
        _url(organization, "referrals/"),
        {"receiver": str(bo.pk), "contact_name": "Dee", "tier": "inside", "hotness": 4},
        format="json",
    )
    assert given.status_code == 201, given.content
    url = _url(organization, f"referrals/{given.json()['id']}/")
    assert (
        client_for(ann.user)
        .post(url + "status", {"status": "contacted"}, format="json")
        .status_code
        == 403
    )
    moved = client_for(bo.user).post(url + "status", {"status": "contacted"}, format="json")
    assert moved.json()["status"] == "contacted"
    received = client_for(bo.user).get(_url(organization, "referrals/?direction=received")).json()
    assert [r["giver_name"] for r in received["results"]] == ["Ann"]


def test_bad_referrals_are_refused_by_field(
    client_for, organization, other_organization, people
) -> None:
    ann = people["ann"]
    client = client_for(ann.user)
    cases = [
        ({"receiver": str(ann.pk), "contact_name": "D", "tier": "inside"}, "receiver"),
        ({"receiver": str(people["bo"].pk), "contact_name": "D", "hotness": 6}, "hotness"),
        (
            {"receiver": str(people["bo"].pk), "contact_name": "D", "tier": "outside"},
            "consent_confirmed",
        ),
        (
            {
                "receiver": str(MemberFactory(organization=other_organization).pk),
                "contact_name": "D",
            },
            "receiver",
        ),
        (
            {
                "receiver": str(people["bo"].pk),
                "contact_name": "D",
                "tier": "inside",
                "expected_value": "-5",
            },
            "expected_value",
        ),
    ]
    for body, field in cases:
        response = client.post(_url(organization, "referrals/"), body, format="json")
        assert response.status_code == 400, (body, response.content)
        assert field in response.json()["errors"]
    with tenant(organization):
        assert not Referral.objects.exists()


def test_referral_contacts_are_for_giver_receiver_and_leaders_only(
    client_for, organization, member_of, people
) -> None:
    referral = ReferralFactory(
        organization=organization, giver=people["ann"], receiver=people["bo"]
    )
    url = _url(organization, f"referrals/{referral.pk}/")
    assert client_for(people["ann"].user).get(url).json()["contact_phone"] == "555-0199"
    assert client_for(people["cy"].user).get(url).status_code == 404
    assert (
        client_for(people["cy"].user).get(_url(organization, "referrals/")).json()["results"] == []
    )
    leader_user = member_of(organization, Role.MEMBER)
    leader = MemberFactory(
        organization=organization, chapter=people["ann"].chapter, user=leader_user, status="active"
    )
    ChapterRoleFactory(organization=organization, member=leader, role="president")
    assert client_for(leader_user).get(url).status_code == 200


def test_thank_you_for_a_referral_and_the_leaderboard(client_for, organization, people) -> None:
    ann, bo = people["ann"], people["bo"]
    referral = (
        client_for(ann.user)
        .post(
            _url(organization, "referrals/"),
            {"receiver": str(bo.pk), "contact_name": "Dee", "tier": "inside"},
            format="json",
        )
        .json()
    )
    thanked = client_for(bo.user).post(
        _url(organization, "thank-yous/"),
        {"referral": referral["id"], "amount": "3000.00"},
        format="json",
    )
    assert thanked.status_code == 201, thanked.content
    assert (thanked.json()["thanked_name"], thanked.json()["currency"]) == (
        "Ann",
        organization.currency,
    )
    bad = client_for(bo.user).post(
        _url(organization, "thank-yous/"), {"thanked": str(ann.pk), "amount": "-1"}, format="json"
    )
    assert bad.status_code == 400
    assert bad.json()["errors"]["amount"] == [NEGATIVE_AMOUNT]
    board = (
        client_for(people["cy"].user)
        .get(_url(organization, f"leaderboards/help-given?period=month&chapter={ann.chapter_id}"))
        .json()
    )
    assert [(row["member_name"], row["rank"], row["referrals"]) for row in board["rows"]] == [
        ("Ann", 1, 1),
        ("Bo", 2, 0),
    ]
    # Members see no one's thank-you amount, nor a score it is part of, unless the
    # organization shows them.
    assert board["rows"][0]["score"] == 10
    assert board["rows"][0]["thank_you_amount"] is None
    assert board["scoring"]["thank_you_amounts_counted"] is False
    organization.settings = {"show_thank_you_amounts": True}
    organization.save()
    shown = (
        client_for(people["cy"].user)
        .get(_url(organization, f"leaderboards/help-given?period=month&chapter={ann.chapter_id}"))
        .json()
    )
    assert shown["rows"][0]["thank_you_amount"] == "3000.00"
    assert shown["rows"][0]["score"] == 10 + 15


def test_hidden_thank_you_amounts_cannot_be_worked_out_from_the_board(
    client_for, organization, people, member_of
) -> None:
    """The attack: with amounts hidden, take a one-day board, subtract the points of the other
    kinds of help from a member's score and multiply back by the points per thousand."""
    ann, bo, cy = people["ann"], people["bo"], people["cy"]
    for thanker, thanked, amount in ((bo, ann, "1800.00"), (ann, bo, "700.00")):
        recorded = client_for(thanker.user).post(
            _url(organization, "thank-yous/"),
            {"thanked": str(thanked.pk), "amount": amount},
            format="json",
        )
        assert recorded.status_code == 201, recorded.content
    with tenant(organization):
        today = organization_today(organization).isoformat()
    one_day = f"leaderboards/help-given?date_from={today}&date_to={today}"
    board = client_for(cy.user).get(_url(organization, one_day)).json()
    points = board["scoring"]
    assert (points["per_thousand"], points["thank_you_amounts_counted"]) == (0, False)
    for row in board["rows"]:
        others = sum(row[kind] * points[kind] for kind in COUNTED_KINDS)
        assert row["score"] - others == 0, "a score must hold no thank-you component"
        assert row["thank_you_amount"] is None
    # Ann (1,800) and Bo (700) are equal without amounts: the hidden order does not show.
    ranks = {row["member_name"]: row["rank"] for row in board["rows"]}
    assert ranks["Ann"] == ranks["Bo"]
    # Nor may the hidden order be read by ranking on it.
    ranked = client_for(cy.user).get(
        _url(organization, "leaderboards/help-given?metric=thank_you_amount")
    )
    assert ranked.status_code == 400
    assert "private" in ranked.json()["errors"]["metric"][0]
    # Staff see the amounts and count them; so does a leader on their own chapter's board.
    for reader, query in (
        (member_of(organization, Role.STAFF), one_day),
        (_president_of(member_of, ann.chapter), f"{one_day}&chapter={ann.chapter_id}"),
    ):
        full = client_for(reader).get(_url(organization, query)).json()
        assert full["scoring"]["thank_you_amounts_counted"] is True
        amounts = {row["member_name"]: row["thank_you_amount"] for row in full["rows"]}
        assert (amounts["Ann"], amounts["Bo"]) == ("1800.00", "700.00")


def _president_of(member_of, chapter):
    user = member_of(chapter.organization, Role.MEMBER)
    seat = MemberFactory(
        organization=chapter.organization, chapter=chapter, user=user, status="active"
    )
    ChapterRoleFactory(organization=chapter.organization, member=seat, role="president")
    return user


def test_equal_scores_share_a_rank_on_the_board_and_it_says_how_scores_are_made(
    client_for, organization, people
) -> None:
    ann, bo, cy = people["ann"], people["bo"], people["cy"]
    dee = MemberFactory(organization=organization, chapter=ann.chapter, status="active", name="Dee")
    for giver in (ann, bo):
        given = client_for(giver.user).post(
            _url(organization, "referrals/"),
            {"receiver": str(dee.pk), "contact_name": "Eve", "tier": "inside"},
            format="json",
        )
        assert given.status_code == 201, given.content
    board = (
        client_for(cy.user)
        .get(_url(organization, f"leaderboards/help-given?period=month&chapter={ann.chapter_id}"))
        .json()
    )
    assert [(row["member_name"], row["rank"]) for row in board["rows"]] == [
        ("Ann", 1),
        ("Bo", 1),
        ("Dee", 3),
    ]
    assert board["scoring"]["referrals"] == 10
    # A member's board leaves private thank-you amounts out, and says so.
    assert (board["scoring"]["per_thousand"], board["scoring"]["thank_you_amounts_counted"]) == (
        0,
        False,
    )


def test_the_leaderboard_reads_in_constant_queries(
    client_for, organization, people, django_assert_max_num_queries
) -> None:
    for _ in range(20):
        ReferralFactory(organization=organization, giver=people["ann"], receiver=people["bo"])
    client = client_for(people["ann"].user)
    # the request's own (session ... release), the chapters and the seats, for this period and
    # the last one the tallies and the visits, and the caller's chapter roles (for thank-you
    # amounts)
    with django_assert_max_num_queries(15):
        response = client.get(_url(organization, "leaderboards/help-given?period=year"))
    assert response.status_code == 200
    bad = client.get(_url(organization, "leaderboards/help-given?date_from=2026-02-01"))
    assert bad.status_code == 400


def test_lists_and_the_help_summary_read_in_constant_queries(
    client_for, organization, people
) -> None:
    """Each read issues the same number of queries with 2 rows as with 22."""
    ann, bo = people["ann"], people["bo"]
    client = client_for(ann.user)
    reads = [
        "referrals/",
        "thank-yous/",
        "one-to-ones/",
        "education-credits/",
        "testimonials/",
        "other-help/",
        f"members/{ann.pk}/help-summary",
        "notifications/",
    ]

    def add_help(count: int) -> None:
        for _ in range(count):
            ReferralFactory(organization=organization, giver=ann, receiver=bo)
            ThankYouFactory(organization=organization, thanking=bo, thanked=ann)
            OneToOneFactory(organization=organization, member=ann)
            EducationCreditFactory(organization=organization, member=ann)
            slip_factories.TestimonialFactory(organization=organization, giver=ann, receiver=bo)
            OtherHelpFactory(organization=organization, giver=ann, receiver=bo)

    def queries() -> dict[str, int]:
        counted = {}
        for path in reads:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(_url(organization, path)).status_code == 200, path
            counted[path] = len(captured.captured_queries)
        return counted

    add_help(2)
    few = queries()
    add_help(20)
    assert queries() == few
    assert max(few.values()) <= 13, few


def test_a_long_board_shows_the_first_ranks_and_the_callers_own(
    client_for, organization, people
) -> None:
    ann, bo = people["ann"], people["bo"]
    for _ in range(2):
        ReferralFactory(organization=organization, giver=ann, receiver=bo)
    with tenant(organization):
        for referral in Referral.objects.select_related("giver__chapter", "receiver__chapter"):
            count(referral)
    url = _url(organization, f"leaderboards/help-given?chapter={ann.chapter_id}&limit=1")
    board = client_for(bo.user).get(url).json()
    assert board["total"] == 2
    assert [(row["member_name"], row["rank"]) for row in board["rows"]] == [("Ann", 1), ("Bo", 2)]
    assert len(client_for(ann.user).get(url).json()["rows"]) == 1
    bad = client_for(ann.user).get(url.replace("limit=1", "limit=0"))
    assert bad.status_code == 400 and "limit" in bad.json()["errors"]
