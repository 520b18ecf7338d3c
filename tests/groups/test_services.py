import datetime
import threading

import pytest
from django.db import connections

from audit.models import AuditEvent
from core.errors import Conflict
from groups import services
from groups.demo import seed_groups_demo
from groups.models import Attendance, Category, Chapter, ChapterRole, Meeting, Member
from tenancy.context import tenant
from tenancy.demo import seed_demo
from tenancy.models import Organization
from tests.factories.accounts import UserFactory
from tests.factories.groups import CategoryFactory, ChapterFactory, MemberFactory, today
from tests.factories.tenancy import OrganizationFactory

pytestmark = pytest.mark.django_db


def test_a_new_organization_starts_with_the_default_categories() -> None:
    from tenancy.services import organization_create

    organization = organization_create(
        actor=UserFactory(), name="Acme", slug="acme", currency="USD", time_zone="UTC"
    )
    with tenant(organization):
        names = set(Category.objects.values_list("name", flat=True))
    assert {"Accountant", "Residential real estate", "Plumber"} <= names
    assert services.category_seed_defaults(organization=organization) == 0


def test_a_seat_moves_only_along_allowed_transitions_and_each_move_is_audited() -> None:
    member = MemberFactory()
    with tenant(member.organization):
        services.member_change_status(member=member, actor=None, status="active")
        services.member_change_status(member=member, actor=None, status="on_leave")
        with pytest.raises(Conflict, match="cannot go from on_leave to late"):
            services.member_change_status(member=member, actor=None, status="late")
        member.refresh_from_db()
        assert member.status == "on_leave"
        moves = [
            (e.before["status"], e.after["status"])
            for e in AuditEvent.objects.filter(action="member.status_changed").order_by(
                "created_at"
            )
        ]
    assert moves == [("pending", "active"), ("active", "on_leave")]


def test_the_category_lock_names_who_holds_the_category() -> None:
    chapter = ChapterFactory()
    category = CategoryFactory(organization=chapter.organization)
    holder = MemberFactory(
        organization=chapter.organization, chapter=chapter, category=category, name="Ann Holder"
    )
    rival = MemberFactory(organization=chapter.organization, chapter=chapter, category=category)
    with tenant(chapter.organization):
        services.member_change_status(member=holder, actor=None, status="active")
        with pytest.raises(Conflict, match="Ann Holder already holds this category"):
            services.member_change_status(member=rival, actor=None, status="active")
        rival.refresh_from_db()
        assert rival.status == "pending"


def test_without_the_category_lock_policy_two_members_share_a_category() -> None:
    organization = OrganizationFactory(settings={"category_lock": False})
    chapter = ChapterFactory(organization=organization)
    category = CategoryFactory(organization=organization)
    first, second = (
        MemberFactory(organization=organization, chapter=chapter, category=category)
        for _ in range(2)
    )
    with tenant(organization):
        for member in (first, second):
            services.member_change_status(member=member, actor=None, status="active")
        assert Member.objects.filter(status="active").count() == 2


def test_a_category_is_held_per_chapter() -> None:
    organization = OrganizationFactory()
    category = CategoryFactory(organization=organization)
    seats = [
        MemberFactory(
            organization=organization,
            chapter=ChapterFactory(organization=organization),
            category=category,
        )
        for _ in range(2)
    ]
    with tenant(organization):
        for seat in seats:
            services.member_change_status(member=seat, actor=None, status="active")
        assert Member.objects.filter(holds_category=True).count() == 2


@pytest.mark.django_db(transaction=True)
def test_of_two_simultaneous_activations_exactly_one_wins() -> None:
    chapter = ChapterFactory()
    organization = chapter.organization
    category = CategoryFactory(organization=organization)
    seats = [
        MemberFactory(organization=organization, chapter=chapter, category=category)
        for _ in range(2)
    ]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def activate(member: Member) -> None:
        try:
            with tenant(organization):
                # Both pass the friendly pre-check; the database constraint decides.
                barrier.wait(timeout=5)
                services.member_change_status(member=member, actor=None, status="active")
            outcomes.append("won")
        except Conflict:
            outcomes.append("conflict")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=activate, args=(seat,)) for seat in seats]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert sorted(outcomes) == ["conflict", "won"]
    with tenant(organization):
        assert Member.objects.filter(status="active").count() == 1


def test_the_database_itself_refuses_two_holders_of_a_category() -> None:
    from django.db import IntegrityError, transaction

    chapter = ChapterFactory()
    category = CategoryFactory(organization=chapter.organization)
    seats = [
        MemberFactory(organization=chapter.organization, chapter=chapter, category=category)
        for _ in range(2)
    ]
    with tenant(chapter.organization):
        Member.objects.filter(pk=seats[0].pk).update(holds_category=True, status="active")
        with pytest.raises(IntegrityError, match="member_category_lock"), transaction.atomic():
            Member.objects.filter(pk=seats[1].pk).update(holds_category=True, status="active")


def test_the_demo_chapters_are_alive_and_reseeding_adds_nothing() -> None:
    seed_demo()
    organization = Organization.objects.get(slug="demo")
    assert seed_groups_demo(organization=organization, actor=None) == 84
    assert seed_groups_demo(organization=organization, actor=None) == 0
    with tenant(organization):
        assert Member.objects.filter(status="active").count() > 60
        assert (
            Member.objects.filter(holds_category=True).count()
            == Member.objects.exclude(status="pending").count()
        )
        # A year of meetings with attendance, the weeks ahead as drafts, and leaders.
        assert Meeting.objects.filter(report_status="completed").count() > 100
        assert Meeting.objects.filter(report_status="draft", date__gt=today()).exists()
        assert Attendance.objects.filter(status="absent").exists()
        downtown = Chapter.objects.get(name="Downtown Breakfast")
        vice_president = ChapterRole.objects.get(chapter=downtown, role="vice_president")
        assert vice_president.member.user.email == "vp@demo.example.com"
        # A demo login's seat carries the login's name: one name in the menu and on the seat.
        seated = Member.objects.filter(user__isnull=False).select_related("user")
        assert {(seat.name, seat.user.name) for seat in seated} == {
            ("Vera Vice", "Vera Vice"),
            ("Max Member", "Max Member"),
        }


def test_interests_are_stored_once_each_whatever_their_case(organization, owner) -> None:
    chapter = ChapterFactory(organization=organization)
    with tenant(organization):
        member = services.member_create(
            chapter=chapter, actor=owner, name="Ben Adams", interests=["jazz", " Jazz ", "golf"]
        )
        assert member.interests == ["jazz", "golf"]
        services.member_update(member=member, actor=owner, interests=["Chess", "chess", ""])
        member.refresh_from_db()
    assert member.interests == ["Chess"]


def test_the_daily_rule_makes_active_seats_past_their_renewal_late(organization) -> None:
    overdue = MemberFactory(
        organization=organization, status="active", renewal_on=today() - datetime.timedelta(days=1)
    )
    current = MemberFactory(organization=organization, status="active", renewal_on=today())
    with tenant(organization):
        assert services.memberships_mark_late(today=today()) == 1
        overdue.refresh_from_db()
        current.refresh_from_db()
    assert (overdue.status, current.status) == ("late", "active")
