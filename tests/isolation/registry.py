"""How to make one row behind each organization route, for the isolation matrix.

Each entry takes an organization and returns ``(url_kwargs, row_id)``: the URL parameters
that address the row (empty for a list) and the id of a row that must never be visible to
another organization. A route that shows only the caller's own rows returns a third item, the
user who reads them (an owner). A new route without an entry fails the matrix.
"""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

from tenancy.context import tenant
from tenancy.models import Organization, Role
from tests.factories.groups import (
    ApplicationFactory,
    AttendanceFactory,
    CategoryFactory,
    ChapterFactory,
    ChapterRoleFactory,
    InvitationFactory,
    MedicalLeaveFactory,
    MeetingFactory,
    MemberFactory,
    VisitFactory,
    today,
)
from tests.factories.referrals import (
    EducationCreditFactory,
    OneToOneFactory,
    OtherHelpFactory,
    ReferralFactory,
    TestimonialFactory,
    ThankYouFactory,
)
from tests.factories.tenancy import MembershipFactory, RegionFactory

Maker = Callable[[Organization], tuple[Any, ...]]


def _organization(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, organization.pk


def _region(organization: Organization) -> tuple[dict[str, Any], Any]:
    region = RegionFactory(organization=organization)
    return {"region_id": region.pk}, region.pk


def _region_in_list(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, RegionFactory(organization=organization).pk


def _person(organization: Organization) -> tuple[dict[str, Any], Any]:
    person = MembershipFactory(organization=organization, role=Role.MEMBER)
    return {"person_id": person.pk}, person.pk


def _person_in_list(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, MembershipFactory(organization=organization, role=Role.STAFF).user.email


def _audit_event(organization: Organization) -> tuple[dict[str, Any], Any]:
    from audit.services import audit_record

    with tenant(organization):
        event = audit_record(actor=None, action="isolation.probe", target=organization)
    return {}, event.pk


def _chapter(organization: Organization) -> tuple[dict[str, Any], Any]:
    chapter = ChapterFactory(organization=organization)
    return {"chapter_id": chapter.pk}, chapter.pk


def _category(organization: Organization) -> tuple[dict[str, Any], Any]:
    category = CategoryFactory(organization=organization)
    return {"category_id": category.pk}, category.pk


def _member(organization: Organization) -> tuple[dict[str, Any], Any]:
    member = MemberFactory(organization=organization)
    return {"member_id": member.pk}, member.pk


def _chapter_with_holder(organization: Organization) -> tuple[dict[str, Any], Any]:
    """A chapter whose category map shows a holder (the probe is the holder's id)."""
    member = MemberFactory(
        organization=organization,
        category=CategoryFactory(organization=organization),
        status="active",
        holds_category=True,
    )
    return {"chapter_id": member.chapter_id}, member.pk


def _chapter_role(organization: Organization) -> tuple[dict[str, Any], Any]:
    chapter_role = ChapterRoleFactory(organization=organization)
    return {"role_id": chapter_role.pk}, chapter_role.pk


def _chapter_with_role(organization: Organization) -> tuple[dict[str, Any], Any]:
    chapter_role = ChapterRoleFactory(organization=organization)
    return {"chapter_id": chapter_role.chapter_id}, chapter_role.pk


def _meeting(organization: Organization) -> tuple[dict[str, Any], Any]:
    """A draft meeting with one absence recorded (the probe is the absent member's id)."""
    record = AttendanceFactory(organization=organization)
    return {"meeting_id": record.meeting_id}, record.member_id


def _meeting_itself(organization: Organization) -> tuple[dict[str, Any], Any]:
    record = AttendanceFactory(organization=organization)
    return {"meeting_id": record.meeting_id}, record.meeting_id


def _meeting_with_slip(organization: Organization) -> tuple[dict[str, Any], Any]:
    referral = ReferralFactory(organization=organization)
    with tenant(organization):
        meeting = MeetingFactory(organization=organization, chapter=referral.chapter)
        referral.meeting = meeting
        referral.save(update_fields=["meeting"])
    return {"meeting_id": meeting.pk}, referral.pk


def _member_with_attendance(organization: Organization) -> tuple[dict[str, Any], Any]:
    last_week = today() - datetime.timedelta(days=7)
    record = AttendanceFactory(organization=organization, meeting__date=last_week)
    return {"member_id": record.member_id}, record.meeting_id


def _member_with_leave(organization: Organization) -> tuple[dict[str, Any], Any]:
    leave = MedicalLeaveFactory(organization=organization)
    return {"member_id": leave.member_id}, leave.pk


def _medical_leave(organization: Organization) -> tuple[dict[str, Any], Any]:
    leave = MedicalLeaveFactory(organization=organization)
    return {"leave_id": leave.pk}, leave.pk


def _visitor(organization: Organization) -> tuple[dict[str, Any], Any]:
    visit = VisitFactory(organization=organization)
    return {"visitor_id": visit.visitor_id}, visit.visitor_id


def _invited_visitor(organization: Organization) -> tuple[dict[str, Any], Any, Any]:
    """A visitor the reader (an owner with a seat) invited: they see only their own guests."""
    reader = MembershipFactory(organization=organization, role=Role.OWNER).user
    seat = MemberFactory(organization=organization, user=reader, status="active")
    visit = VisitFactory(
        organization=organization, visitor__chapter=seat.chapter, visitor__invited_by=seat
    )
    return {"visitor_id": visit.visitor_id}, visit.visitor_id, reader


def _visit(organization: Organization) -> tuple[dict[str, Any], Any]:
    visit = VisitFactory(organization=organization)
    return {"visit_id": visit.pk}, visit.pk


def _application(organization: Organization) -> tuple[dict[str, Any], Any]:
    application = ApplicationFactory(organization=organization)
    return {"application_id": application.pk}, application.pk


def _invitation(organization: Organization) -> tuple[dict[str, Any], Any]:
    invitation = InvitationFactory(organization=organization)
    return {"invitation_id": invitation.pk}, invitation.pk


def _chapter_roster(organization: Organization) -> tuple[dict[str, Any], Any]:
    """A chapter whose roster file names a seat (the probe is the seat's name)."""
    member = MemberFactory(organization=organization, name=f"Seat {uuid.uuid4().hex[:8]}")
    return {"chapter_id": member.chapter_id}, member.name


def _referral(organization: Organization) -> tuple[dict[str, Any], Any]:
    referral = ReferralFactory(organization=organization)
    return {"referral_id": referral.pk}, referral.pk


def _thank_you(organization: Organization) -> tuple[dict[str, Any], Any]:
    thank_you = ThankYouFactory(organization=organization)
    return {"thank_you_id": thank_you.pk}, thank_you.pk


def _education_credit(organization: Organization) -> tuple[dict[str, Any], Any]:
    credit = EducationCreditFactory(organization=organization)
    return {"education_credit_id": credit.pk}, credit.pk


def _testimonial(organization: Organization) -> tuple[dict[str, Any], Any]:
    testimonial = TestimonialFactory(organization=organization)
    return {"testimonial_id": testimonial.pk}, testimonial.pk


def _other_help(organization: Organization) -> tuple[dict[str, Any], Any]:
    help_given = OtherHelpFactory(organization=organization)
    return {"other_help_id": help_given.pk}, help_given.pk


def _one_to_one(organization: Organization) -> tuple[dict[str, Any], Any]:
    one_to_one = OneToOneFactory(organization=organization)
    return {"one_to_one_id": one_to_one.pk}, one_to_one.pk


def _leaderboard(organization: Organization) -> tuple[dict[str, Any], Any]:
    """The leaderboard lists every active seat (the probe is one's id)."""
    return {}, MemberFactory(organization=organization, status="active").pk


def _own_notification(organization: Organization) -> tuple[dict[str, Any], Any, Any]:
    from notifications.models import Notification

    reader = MembershipFactory(organization=organization, role=Role.OWNER).user
    with tenant(organization):
        notification = Notification.objects.create(
            user=reader, kind="referral_received", key=str(uuid.uuid4()), title="Probe"
        )
    return {"notification_id": notification.pk}, notification.pk, reader


def _own_preference(organization: Organization) -> tuple[dict[str, Any], Any, Any]:
    from notifications.models import NotificationPreference

    reader = MembershipFactory(organization=organization, role=Role.OWNER).user
    with tenant(organization):
        preference = NotificationPreference.objects.create(
            user=reader, kind="referral_received", email=False
        )
    return {}, preference.pk, reader


def _own_profile(organization: Organization) -> tuple[dict[str, Any], Any, Any]:
    reader = MembershipFactory(organization=organization, role=Role.OWNER).user
    return {}, MemberFactory(organization=organization, user=reader).pk, reader


def _listed(maker: Maker) -> Maker:
    """The list route of a detail maker: no URL parameters, the same probe row."""
    return lambda organization: ({}, *maker(organization)[1:])


ROUTE_MAKERS: dict[str, Maker] = {
    "": _organization,
    "regions/": _region_in_list,
    "regions/<uuid:region_id>/": _region,
    "people/": _person_in_list,
    "people/<uuid:person_id>/": _person,
    "audit-events/": _audit_event,
    "chapters/": _listed(_chapter),
    "chapters/<uuid:chapter_id>/": _chapter,
    "chapters/<uuid:chapter_id>/category-map": _chapter_with_holder,
    "categories/": _listed(_category),
    "categories/<uuid:category_id>/": _category,
    "members/": _listed(_member),
    "members/<uuid:member_id>/": _member,
    "members/<uuid:member_id>/status": _member,
    "chapters/<uuid:chapter_id>/roles/": _chapter_with_role,
    "chapter-roles/<uuid:role_id>/": _chapter_role,
    "meetings/": _listed(_meeting_itself),
    "meetings/<uuid:meeting_id>/": _meeting_itself,
    "meetings/<uuid:meeting_id>/complete": _meeting_itself,
    "meetings/<uuid:meeting_id>/cancel": _meeting_itself,
    "meetings/<uuid:meeting_id>/discard": _meeting_itself,
    "meetings/<uuid:meeting_id>/restore": _meeting_itself,
    "meetings/<uuid:meeting_id>/attendance/": _meeting,
    "meetings/<uuid:meeting_id>/slips": _meeting_with_slip,
    "members/<uuid:member_id>/attendance": _member_with_attendance,
    "members/<uuid:member_id>/medical-leaves/": _member_with_leave,
    "medical-leaves/<uuid:leave_id>/": _medical_leave,
    "visitors/": _listed(_visitor),
    "visitors/<uuid:visitor_id>/": _visitor,
    "visitors/<uuid:visitor_id>/visits": _visitor,
    "visitors/invited": _listed(_invited_visitor),
    "visitors/<uuid:visitor_id>/invited": _invited_visitor,
    "visits/<uuid:visit_id>/": _visit,
    "applications/": _listed(_application),
    "applications/<uuid:application_id>/": _application,
    "applications/<uuid:application_id>/approve": _application,
    "applications/<uuid:application_id>/decline": _application,
    "applications/<uuid:application_id>/payment": _application,
    "chapters/<uuid:chapter_id>/roster-import": _chapter,
    "chapters/<uuid:chapter_id>/roster-export": _chapter_roster,
    "referrals/": _listed(_referral),
    "referrals/<uuid:referral_id>/": _referral,
    "referrals/<uuid:referral_id>/status": _referral,
    "thank-yous/": _listed(_thank_you),
    "thank-yous/<uuid:thank_you_id>/": _thank_you,
    "leaderboards/help-given": _leaderboard,
    "one-to-ones/": _listed(_one_to_one),
    "one-to-ones/<uuid:one_to_one_id>/": _one_to_one,
    "one-to-ones/<uuid:one_to_one_id>/confirm": _one_to_one,
    "one-to-ones/<uuid:one_to_one_id>/dispute": _one_to_one,
    "education-credits/": _listed(_education_credit),
    "education-credits/<uuid:education_credit_id>/": _education_credit,
    "testimonials/": _listed(_testimonial),
    "testimonials/<uuid:testimonial_id>/": _testimonial,
    "members/<uuid:member_id>/help-summary": _member,
    "chapters/<uuid:chapter_id>/help-dashboard": _chapter,
    "other-help/": _listed(_other_help),
    "other-help/<uuid:other_help_id>/": _other_help,
    "notifications/": _listed(_own_notification),
    "notifications/<uuid:notification_id>/": _own_notification,
    "notifications/read-all": _own_notification,
    "notification-preferences/": _own_preference,
    "invitations/": _listed(_invitation),
    "invitations/<uuid:invitation_id>/resend": _invitation,
    "invitations/<uuid:invitation_id>/revoke": _invitation,
    "me/profile/": _own_profile,
    "overview/": _organization,
}
