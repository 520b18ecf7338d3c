"""Taking attendance: a 40-member chapter's roster read and saved in one request each.

Times are the whole request through Django (session auth, tenant, RLS, serialization), measured
with the test client, so they include no network.
"""

import datetime

import pytest

from benchmarks.timing import measure
from tests.factories.groups import CategoryFactory, MeetingFactory, MemberFactory

pytestmark = pytest.mark.django_db

STATUSES = ["present", "absent", "late", "present", "present"]


def test_attendance_of_a_forty_member_chapter(client_for, organization, owner) -> None:
    meeting = MeetingFactory(organization=organization, date=datetime.date.today())
    seats = [
        MemberFactory(
            organization=organization,
            chapter=meeting.chapter,
            category=CategoryFactory(organization=organization),
            status="active",
        )
        for _ in range(40)
    ]
    client = client_for(owner)
    url = f"/api/v1/orgs/{organization.slug}/meetings/{meeting.pk}/attendance/"

    def save(run: int) -> None:
        # A realistic save: everyone listed, a handful changed each time.
        entries = [
            {"member": str(seat.pk), "status": STATUSES[(run + index) % len(STATUSES)]}
            for index, seat in enumerate(seats)
        ]
        response = client.put(url, {"entries": entries}, format="json")
        assert response.status_code == 200, response.content

    def read(run: int) -> None:
        assert client.get(url).status_code == 200

    measure("PUT meetings/{id}/attendance/ (40 members, all listed)", save)
    measure("GET meetings/{id}/attendance/ (40 members)", read)
