import csv
import io

import pytest
from openpyxl import load_workbook

from groups.models import Member
from tenancy.context import tenant
from tenancy.models import Role
from tests.factories.groups import (
    CategoryFactory,
    ChapterFactory,
    ChapterRoleFactory,
    MemberFactory,
)

pytestmark = pytest.mark.django_db

GOOD = (
    "name,email,business_name,category,phone,joined_on,status,interests\n"
    "Ana Lima,ana@x.com,Lima Law,Lawyer,555-1,2025-03-01,active,golf; jazz\n"
    "Ben Ode,ben@x.com,Ode Homes,Realtor,555-2,,pending,\n"
)


def _upload(client, organization, chapter, text, *, dry_run):
    file = io.BytesIO(text.encode())
    file.name = "roster.csv"
    return client.post(
        f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/roster-import",
        {"file": file, "dry_run": "true" if dry_run else "false"},
        format="multipart",
    )


@pytest.fixture
def chapter(organization):
    CategoryFactory(organization=organization, name="Lawyer")
    CategoryFactory(organization=organization, name="Realtor")
    return ChapterFactory(organization=organization)


def test_a_dry_run_reports_and_writes_nothing_then_the_import_creates_every_seat(
    client_for, organization, owner, chapter
) -> None:
    client = client_for(owner)
    checked = _upload(client, organization, chapter, GOOD, dry_run=True)
    assert checked.status_code == 200, checked.content
    assert checked.json() == {"dry_run": True, "rows": 2, "created": 0, "problems": []}
    with tenant(organization):
        assert not Member.objects.exists()
    imported = _upload(client, organization, chapter, GOOD, dry_run=False)
    assert imported.status_code == 201
    assert imported.json()["created"] == 2
    with tenant(organization):
        ana = Member.objects.get(name="Ana Lima")
        ben = Member.objects.get(name="Ben Ode")
    assert (ana.status, ana.holds_category, ana.interests, ana.invited_email) == (
        "active",
        True,
        ["golf", "jazz"],
        "ana@x.com",
    )
    assert (ben.status, ben.joined_on) == ("pending", None)


def test_one_bad_row_is_reported_by_line_and_column_and_nothing_is_imported(
    client_for, organization, owner, chapter
) -> None:
    bad = GOOD + "Cy Dee,not-an-email,,Plumber,,2025-13-01,active,\n,,,Lawyer,,,active,\n"
    client = client_for(owner)
    checked = _upload(client, organization, chapter, bad, dry_run=True).json()
    assert [(p["line"], p["column"]) for p in checked["problems"]] == [
        (4, "email"),
        (4, "category"),
        (4, "joined_on"),
        (5, "name"),
        (5, "category"),
    ]
    assert checked["problems"][4]["message"] == "Ana Lima already holds it."
    refused = _upload(client, organization, chapter, bad, dry_run=False)
    assert refused.status_code == 400
    assert refused.json()["detail"] == "5 problems in the file; nothing was imported."
    assert len(refused.json()["errors"]["rows"]) == 5
    with tenant(organization):
        assert not Member.objects.exists()


def test_a_category_held_in_the_chapter_and_a_repeated_email_are_problems(
    client_for, organization, owner, chapter
) -> None:
    MemberFactory(
        organization=organization,
        chapter=chapter,
        name="Old Lawyer",
        status="active",
        holds_category=True,
        category=CategoryFactory(organization=organization, name="Notary"),
        invited_email="ben@x.com",
    )
    text = "name,email,category\nNew Notary,new@x.com,notary\nBen Again,BEN@x.com,\n"
    problems = _upload(client_for(owner), organization, chapter, text, dry_run=True).json()[
        "problems"
    ]
    assert [(p["line"], p["column"], p["message"]) for p in problems] == [
        (2, "category", "Old Lawyer already holds it."),
        (3, "email", "ben@x.com already has a seat here."),
    ]


def test_unknown_columns_and_non_csv_files_are_refused_whole(
    client_for, organization, owner, chapter
) -> None:
    client = client_for(owner)
    response = _upload(client, organization, chapter, "name,shoe_size\nAna,9\n", dry_run=True)
    assert response.status_code == 400
    assert "Unknown columns: shoe_size" in response.json()["errors"]["file"][0]


def test_leaders_import_and_export_their_own_chapter_only(
    client_for, organization, member_of, chapter
) -> None:
    user = member_of(organization, Role.MEMBER)
    seat = MemberFactory(
        organization=organization, user=user, chapter=chapter, status="active", name="Vera Vice"
    )
    ChapterRoleFactory(organization=organization, member=seat, role="vice_president")
    client = client_for(user)
    other = ChapterFactory(organization=organization)
    assert _upload(client, organization, other, GOOD, dry_run=True).status_code == 403
    exported = client.get(f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/roster-export")
    assert exported.status_code == 200
    assert exported["Content-Type"].startswith("text/csv")
    assert "Vera Vice" in exported.content.decode("utf-8-sig")
    refused = client.get(f"/api/v1/orgs/{organization.slug}/chapters/{other.pk}/roster-export")
    assert refused.status_code == 403
    plain = client_for(member_of(organization, Role.MEMBER))
    assert (
        plain.get(
            f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/roster-export"
        ).status_code
        == 403
    )


def test_the_roster_exports_as_a_spreadsheet(client_for, organization, owner, chapter) -> None:
    MemberFactory(organization=organization, chapter=chapter, name="Ana Lima", interests=["golf"])
    response = client_for(owner).get(
        f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/roster-export?file_type=xlsx"
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Business", "Category")
    assert rows[1][0] == "Ana Lima"
    assert rows[1][-1] == "golf"


@pytest.mark.parametrize("file_type", ["csv", "xlsx"])
def test_exports_neutralise_formulas_and_survive_control_characters_in_older_rows(
    client_for, organization, owner, chapter, file_type
) -> None:
    # Rows written before input was checked: a formula as a business, a control character
    # (which XLSX cannot hold) in a name.
    MemberFactory(
        organization=organization,
        chapter=chapter,
        name="Eve\x07 Stone",
        business_name='=HYPERLINK("http://evil.example","Paid")',
        phone="+1 555 0100",
        website="@SUM(1+1)",
    )
    response = client_for(owner).get(
        f"/api/v1/orgs/{organization.slug}/chapters/{chapter.pk}/roster-export?file_type={file_type}"
    )
    assert response.status_code == 200
    if file_type == "xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).active
        row = list(sheet.iter_rows(values_only=True))[1]
        assert sheet.cell(row=2, column=2).data_type == "s"  # text, not a formula
        assert row[1] == '=HYPERLINK("http://evil.example","Paid")'
        assert row[4] == "+1 555 0100"
    else:
        row = tuple(list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1])
        assert row[1] == '\'=HYPERLINK("http://evil.example","Paid")'
        assert row[4] == "'+1 555 0100"
        assert row[6] == "'@SUM(1+1)"
    assert row[0] == "Eve Stone"
