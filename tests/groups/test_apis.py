import pytest

from tenancy.models import Role
from tests.factories.groups import CategoryFactory, ChapterFactory, MemberFactory
from tests.factories.tenancy import RegionFactory

pytestmark = pytest.mark.django_db

CHAPTER = {"name": "Downtown Breakfast", "meeting_start_time": "07:00", "meeting_weekday": 2}


def test_staff_create_a_chapter_in_a_region_with_the_organizations_time_zone(
    client_for, organization, member_of
) -> None:
    region = RegionFactory(organization=organization)
    client = client_for(member_of(organization, Role.STAFF))
    response = client.post(
        f"/api/v1/orgs/{organization.slug}/chapters/",
        {**CHAPTER, "region": str(region.pk)},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["region"], body["time_zone"], body["status"]) == (
        str(region.pk),
        organization.time_zone,
        "forming",
    )
    again = client.post(f"/api/v1/orgs/{organization.slug}/chapters/", CHAPTER, format="json")
    assert again.status_code == 409


def test_members_read_chapters_but_cannot_create_them(client_for, organization, member_of) -> None:
    ChapterFactory(organization=organization)
    client = client_for(member_of(organization, Role.MEMBER))
    assert len(client.get(f"/api/v1/orgs/{organization.slug}/chapters/").json()["results"]) == 1
    response = client.post(f"/api/v1/orgs/{organization.slug}/chapters/", CHAPTER, format="json")
    assert response.status_code == 403


def test_a_chapter_cannot_be_put_in_another_organizations_region(
    client_for, organization, other_organization, owner
) -> None:
    foreign = RegionFactory(organization=other_organization)
    response = client_for(owner).post(
        f"/api/v1/orgs/{organization.slug}/chapters/",
        {**CHAPTER, "region": str(foreign.pk)},
        format="json",
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["region"]


def test_activating_a_seat_whose_category_is_held_is_a_conflict_naming_the_holder(
    client_for, organization, owner
) -> None:
    chapter = ChapterFactory(organization=organization)
    category = CategoryFactory(organization=organization)
    client = client_for(owner)
    base = f"/api/v1/orgs/{organization.slug}/members/"
    ids = []
    for name in ("Ann Holder", "Bob Rival"):
        created = client.post(
            base,
            {"chapter": str(chapter.pk), "name": name, "category": str(category.pk)},
            format="json",
        )
        assert created.status_code == 201, created.content
        ids.append(created.json()["id"])
    assert (
        client.post(f"{base}{ids[0]}/status", {"status": "active"}, format="json").status_code
        == 200
    )
    refused = client.post(f"{base}{ids[1]}/status", {"status": "active"}, format="json")
    assert refused.status_code == 409
    assert refused.json()["errors"] == {
        "category": ["Ann Holder already holds this category in the chapter."]
    }
    active = client.get(f"{base}?status=active").json()["results"]
    assert [m["name"] for m in active] == ["Ann Holder"]


def test_member_list_filters_are_validated(client_for, organization, owner) -> None:
    response = client_for(owner).get(f"/api/v1/orgs/{organization.slug}/members/?status=asleep")
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["status"]


def test_member_list_reads_in_constant_queries(
    client_for, organization, owner, django_assert_max_num_queries
) -> None:
    chapter = ChapterFactory(organization=organization)
    for _ in range(25):
        MemberFactory(
            organization=organization,
            chapter=chapter,
            category=CategoryFactory(organization=organization),
        )
    client = client_for(owner)
    with django_assert_max_num_queries(9):
        response = client.get(f"/api/v1/orgs/{organization.slug}/members/?chapter={chapter.pk}")
    assert len(response.json()["results"]) == 25


def test_the_category_map_shows_holders_and_open_categories(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    chapter = ChapterFactory(organization=organization)
    taken = CategoryFactory(organization=organization, name="Plumber")
    CategoryFactory(organization=organization, name="Florist")
    MemberFactory(
        organization=organization,
        chapter=chapter,
        category=taken,
        name="Pat Pipes",
        status="active",
        holds_category=True,
    )
    client = client_for(member_of(organization, Role.MEMBER))
    # the request's nine (session ... release), the chapter, its holders, the categories
    with django_assert_max_num_queries(11):
        response = client.get(
            f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/category-map"
        )
    entries = {e["category_name"]: e["holder"] for e in response.json()}
    assert entries["Plumber"]["name"] == "Pat Pipes"
    assert entries["Florist"] is None


@pytest.mark.parametrize(
    ("policies", "same_chapter_sees", "other_chapter_sees"),
    [
        ({}, True, True),
        ({"hide_contacts_from_other_chapters": True}, True, False),
        ({"contacts_leaders_only": True}, False, False),
    ],
)
def test_contact_fields_follow_the_visibility_policy(
    client_for, organization, member_of, policies, same_chapter_sees, other_chapter_sees
) -> None:
    organization.settings = policies
    organization.save()
    chapter = ChapterFactory(organization=organization)
    target = MemberFactory(
        organization=organization, chapter=chapter, status="active", phone="555-0100"
    )
    neighbour = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, chapter=chapter, user=neighbour, status="active")
    outsider = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, user=outsider, status="active")
    url = f"/api/v1/orgs/{organization.slug}/members/{target.pk}/"
    for viewer, sees in ((neighbour, same_chapter_sees), (outsider, other_chapter_sees)):
        body = client_for(viewer).get(url).json()
        assert (body["phone"], body["contacts_hidden"]) == (
            ("555-0100", False) if sees else ("", True)
        )
    staff = client_for(member_of(organization, Role.STAFF)).get(url).json()
    assert staff["phone"] == "555-0100"


def test_the_directory_reads_in_constant_queries_under_the_visibility_policy(
    client_for, organization, member_of, django_assert_max_num_queries
) -> None:
    organization.settings = {"hide_contacts_from_other_chapters": True}
    organization.save()
    chapter = ChapterFactory(organization=organization)
    for _ in range(25):
        MemberFactory(
            organization=organization,
            chapter=chapter,
            status="active",
            category=CategoryFactory(organization=organization),
        )
    viewer = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, user=viewer, status="active")
    client = client_for(viewer)
    # the request's own (session ... release), the page, the viewer's chapter roles and seats
    with django_assert_max_num_queries(11):
        response = client.get(f"/api/v1/orgs/{organization.slug}/members/?status=active")
    assert len(response.json()["results"]) == 26
    assert sum(entry["contacts_hidden"] for entry in response.json()["results"]) == 25


def test_members_are_found_by_part_of_a_name_business_or_category(
    client_for, organization, owner
) -> None:
    florist = CategoryFactory(organization=organization, name="Florist")
    MemberFactory(organization=organization, name="Ada Brook", business_name="Brook Law")
    MemberFactory(organization=organization, name="Ben Cole", category=florist)
    MemberFactory(organization=organization, name="Cara Dunn", business_name="Dunn Homes")
    client = client_for(owner)

    def found(term: str) -> list[str]:
        response = client.get(f"/api/v1/orgs/{organization.slug}/members/?search={term}")
        return sorted(member["name"] for member in response.json()["results"])

    assert found("bro") == ["Ada Brook"]
    assert found("flor") == ["Ben Cole"]
    assert found("dunn") == ["Cara Dunn"]
    short = client.get(f"/api/v1/orgs/{organization.slug}/members/?search=a")
    assert short.status_code == 400


def test_the_give_picker_lists_the_callers_chapter_first_then_the_others_a_to_z(
    client_for, organization, member_of
) -> None:
    home, other = (
        ChapterFactory(organization=organization),
        ChapterFactory(organization=organization),
    )
    user = member_of(organization, Role.MEMBER)
    MemberFactory(organization=organization, chapter=home, user=user, status="active", name="Me")
    for chapter, name in ((other, "adam Far"), (home, "Zoe Near"), (other, "Bea Far")):
        MemberFactory(organization=organization, chapter=chapter, status="active", name=name)
    MemberFactory(organization=organization, chapter=home, status="active", name="amy Near")
    client = client_for(user)
    url = f"/api/v1/orgs/{organization.slug}/members/?status=active&mine_first=true&page_size=2"

    names, page = [], client.get(url).json()
    names += [member["name"] for member in page["results"]]
    while page["next"]:
        page = client.get(page["next"]).json()
        names += [member["name"] for member in page["results"]]
    assert names == ["amy Near", "Me", "Zoe Near", "adam Far", "Bea Far"]
