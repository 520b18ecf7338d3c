import datetime
from zoneinfo import ZoneInfo

import factory

from groups.models import (
    Application,
    Attendance,
    Category,
    Chapter,
    ChapterRole,
    Invitation,
    MedicalLeave,
    Meeting,
    Member,
    Visit,
    Visitor,
)
from tests.factories.tenancy import OrganizationFactory, TenantFactory

# The factories' organizations and chapters are in New York: "today" is the date there, which
# is what the services use (a test run near midnight UTC must not see two different days).
FACTORY_TIME_ZONE = "America/New_York"


def today() -> datetime.date:
    return datetime.datetime.now(ZoneInfo(FACTORY_TIME_ZONE)).date()


class CategoryFactory(TenantFactory):
    class Meta:
        model = Category

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Profession {n}")


class ChapterFactory(TenantFactory):
    class Meta:
        model = Chapter

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Chapter {n}")
    status = Chapter.Status.ACTIVE
    meeting_start_time = datetime.time(7, 0)
    time_zone = FACTORY_TIME_ZONE


class MemberFactory(TenantFactory):
    class Meta:
        model = Member

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    name = factory.Faker("name")
    business_name = factory.Faker("company")
    status = Member.Status.PENDING


class ChapterRoleFactory(TenantFactory):
    class Meta:
        model = ChapterRole

    organization = factory.SubFactory(OrganizationFactory)
    member = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    chapter = factory.SelfAttribute("member.chapter")
    role = ChapterRole.Kind.VICE_PRESIDENT
    starts_on = factory.LazyFunction(lambda: today() - datetime.timedelta(days=30))
    ends_on = factory.LazyFunction(lambda: today() + datetime.timedelta(days=300))


class MeetingFactory(TenantFactory):
    class Meta:
        model = Meeting

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    # Past meetings (a report can be completed only once its meeting has started), and a meeting
    # dated today has started whatever the hour the tests run.
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 6) + datetime.timedelta(weeks=n % 40))
    starts_at = factory.LazyAttribute(
        lambda meeting: datetime.datetime.combine(
            meeting.date, datetime.time(0, 0), ZoneInfo(FACTORY_TIME_ZONE)
        )
    )


class AttendanceFactory(TenantFactory):
    class Meta:
        model = Attendance

    organization = factory.SubFactory(OrganizationFactory)
    meeting = factory.SubFactory(
        MeetingFactory, organization=factory.SelfAttribute("..organization")
    )
    member = factory.SubFactory(
        MemberFactory,
        organization=factory.SelfAttribute("..organization"),
        chapter=factory.SelfAttribute("..meeting.chapter"),
        status="active",
    )
    status = Attendance.Status.ABSENT


class MedicalLeaveFactory(TenantFactory):
    class Meta:
        model = MedicalLeave

    organization = factory.SubFactory(OrganizationFactory)
    member = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    starts_on = factory.LazyFunction(lambda: today() - datetime.timedelta(days=7))
    ends_on = factory.LazyFunction(lambda: today() + datetime.timedelta(days=30))


class VisitorFactory(TenantFactory):
    class Meta:
        model = Visitor

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"guest{n}@example.com")
    profession = "Architect"


class VisitFactory(TenantFactory):
    class Meta:
        model = Visit

    organization = factory.SubFactory(OrganizationFactory)
    visitor = factory.SubFactory(
        VisitorFactory, organization=factory.SelfAttribute("..organization")
    )
    meeting = factory.SubFactory(
        MeetingFactory,
        organization=factory.SelfAttribute("..organization"),
        chapter=factory.SelfAttribute("..visitor.chapter"),
        date=factory.Sequence(lambda n: today() + datetime.timedelta(days=n + 1)),
    )


class ApplicationFactory(TenantFactory):
    class Meta:
        model = Application

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"applicant{n}@example.com")
    committee_notes = "Checked references: glowing."


class InvitationFactory(TenantFactory):
    class Meta:
        model = Invitation

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    email = factory.Sequence(lambda n: f"invitee{n}@example.com")
    expires_at = factory.LazyFunction(
        lambda: datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=14)
    )
