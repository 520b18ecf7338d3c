"""Paginated lists keep the order their selector declares, across pages (cursor)."""

import datetime

import pytest

from api.pagination import declared_ordering
from groups.models import Meeting
from tests.factories.groups import CategoryFactory, ChapterFactory, MeetingFactory, MemberFactory
from tests.factories.groups import today as factory_today

pytestmark = pytest.mark.django_db


def _url(organization, path):
    return f"/api/v1/orgs/{organization.slug}/{path}"


def _all_pages(client, url):
    """Every row, following the `next` links."""
    rows, pages = [], 0
    while url:
        body = client.get(url).json()
        rows += body["results"]
        url, pages = body["next"], pages + 1
    return rows, pages


@pytest.fixture
def weeks(organization):
    """A chapter's weekly meetings, generated as the schedule does: each later one created
    after the earlier, so the newest rows are the farthest dates."""
    chapter = ChapterFactory(organization=organization)
    start = factory_today() - datetime.timedelta(weeks=8)
    for week in range(15):
        MeetingFactory(
            organization=organization,
            chapter=chapter,
            date=start + datetime.timedelta(weeks=week),
        )
    return chapter


def test_upcoming_meetings_come_soonest_first_from_today(
    client_for, organization, owner, weeks
) -> None:
    today = factory_today()
    url = _url(organization, f"meetings/?chapter={weeks.pk}&date_from={today}&page_size=2")
    first = client_for(owner).get(url).json()["results"]
    assert [row["date"] for row in first] == [
        str(today),
        str(today + datetime.timedelta(weeks=1)),
    ]


def test_recent_meetings_come_latest_first(client_for, organization, owner, weeks) -> None:
    today = factory_today()
    yesterday = today - datetime.timedelta(days=1)
    url = _url(
        organization,
        f"meetings/?chapter={weeks.pk}&date_to={yesterday}&ordering=-date&page_size=3",
    )
    rows, pages = _all_pages(client_for(owner), url)
    assert pages == 3
    assert [row["date"] for row in rows] == [
        str(today - datetime.timedelta(weeks=week)) for week in range(1, 9)
    ]


def test_the_meeting_order_holds_across_pages_both_ways(
    client_for, organization, owner, weeks
) -> None:
    client = client_for(owner)
    rows, pages = _all_pages(client, _url(organization, "meetings/?page_size=4"))
    dates = [row["date"] for row in rows]
    assert pages == 4
    assert dates == sorted(dates) and len(dates) == 15
    # Back from the last page by the `previous` links: the same rows, the same order.
    body = client.get(_url(organization, "meetings/?page_size=4")).json()
    while body["next"]:
        body = client.get(body["next"]).json()
    back = body["results"]
    while body["previous"]:
        body = client.get(body["previous"]).json()
        back = body["results"] + back
    assert [row["date"] for row in back] == dates


def test_an_unknown_meeting_order_is_a_field_error(client_for, organization, owner) -> None:
    response = client_for(owner).get(_url(organization, "meetings/?ordering=created_at"))
    assert response.status_code == 400
    assert "ordering" in response.json()["errors"]


def test_categories_come_by_name_across_pages(client_for, organization, owner) -> None:
    for name in ("Plumber", "Accountant", "Florist", "Dentist", "Baker"):
        CategoryFactory(organization=organization, name=name)
    rows, pages = _all_pages(client_for(owner), _url(organization, "categories/?page_size=2"))
    assert pages == 3
    assert [row["name"] for row in rows] == ["Accountant", "Baker", "Dentist", "Florist", "Plumber"]


def test_the_directory_comes_by_name_across_pages(client_for, organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    for name in ("Zoe Young", "Adam Ames", "Maria Lopez", "Ben Carter"):
        MemberFactory(organization=organization, chapter=chapter, name=name, status="active")
    rows, _ = _all_pages(
        client_for(owner), _url(organization, "members/?status=active&page_size=3")
    )
    assert [row["name"] for row in rows] == ["Adam Ames", "Ben Carter", "Maria Lopez", "Zoe Young"]


def test_a_list_without_an_order_of_its_own_is_newest_first() -> None:
    assert declared_ordering(Meeting.objects.unscoped()) == ("-created_at", "-id")
    assert declared_ordering(Meeting.objects.unscoped().order_by("-date")) == ("-date", "-id")
    assert declared_ordering(Meeting.objects.unscoped().order_by("date", "id")) == ("date", "id")
    # A related field cannot place a cursor.
    assert declared_ordering(Meeting.objects.unscoped().order_by("chapter__name")) == (
        "-created_at",
        "-id",
    )
