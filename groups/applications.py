"""Applications: from asking to join, through the membership committee, to an active seat.

applied → approved (a pending seat is created and the payment window opens, policy
``payment_window_days``) → joined when the payment is recorded (the seat becomes active, with
its term); or applied → declined; or approved → lapsed when the window closes unpaid (job).
The committee's notes are confidential (the API shows them to the committee and staff only).
"""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone

from audit.services import audit_record
from core.errors import Conflict
from groups import services
from groups.meetings import chapter_today, years_later
from groups.models import Application, Category, Chapter, Member, Visitor
from tenancy.context import require_organization
from tenancy.policies import effective_policies

S = Application.Status
ALREADY_OPEN = "{name} already has an open application to this chapter."
NOT_OPEN = "This application is {status}; only an open application can be decided."
NOT_APPROVED = "Only an approved application can be paid (this one is {status})."
WINDOW_CLOSED = "The payment window closed on {date}; the application lapses."
VISITOR_ELSEWHERE = "This visitor came to another chapter."


def _policies() -> dict[str, Any]:
    return effective_policies(require_organization().settings)


def application_submit(
    *,
    chapter: Chapter,
    actor: Any,
    visitor: Visitor | None = None,
    name: str = "",
    email: str = "",
    phone: str = "",
    business_name: str = "",
    category: Category | None = None,
) -> Application:
    """Record an application, from a visitor record (its details fill the blanks) or directly."""
    if visitor is not None:
        if visitor.chapter_id != chapter.pk:
            raise ValidationError({"visitor": [VISITOR_ELSEWHERE]})
        name = name or visitor.name
        email = email or visitor.email
        phone = phone or visitor.phone
        business_name = business_name or visitor.business_name
    errors = {
        field: ["This field is required."]
        for field, value in (("name", name), ("email", email))
        if not value.strip()
    }
    if errors:
        raise ValidationError(errors)
    if Application.objects.filter(
        chapter=chapter, email__iexact=email.strip(), status__in=(S.APPLIED, S.APPROVED)
    ).exists():
        raise Conflict(ALREADY_OPEN.format(name=name.strip()), field="email")
    application = Application(
        chapter=chapter,
        visitor=visitor,
        name=name.strip(),
        email=email.strip(),
        phone=phone.strip(),
        business_name=business_name.strip(),
        category=category,
        sponsor=visitor.invited_by if visitor else None,
    )
    application.full_clean(
        exclude=["organization", "chapter", "visitor", "category", "sponsor", "member"],
        validate_unique=False,
        validate_constraints=False,
    )
    application.save()
    if visitor is not None and visitor.status != Visitor.Status.APPLIED:
        visitor.status = Visitor.Status.APPLIED
        visitor.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor, action="application.submitted", target=application, after={"email": email}
    )
    return application


def application_decide(
    *, application: Application, actor: Any, approve: bool, notes: str = ""
) -> Application:
    """The committee approves (a pending seat is made, the payment window opens) or declines.

    409 when it is no longer open, or when approving would need a category another active seat
    of the chapter holds under the category lock.
    """
    if application.status != S.APPLIED:
        raise Conflict(NOT_OPEN.format(status=application.get_status_display().lower()))
    today = chapter_today(application.chapter)
    if approve:
        if application.category_id and _policies()["category_lock"]:
            holder = Member.objects.filter(
                chapter_id=application.chapter_id,
                category_id=application.category_id,
                holds_category=True,
            ).first()
            if holder is not None:
                raise Conflict(services.CATEGORY_HELD.format(holder=holder.name), field="category")
        application.member = services.member_create(
            chapter=application.chapter,
            actor=actor,
            name=application.name,
            business_name=application.business_name,
            category=application.category,
            phone=application.phone,
            invited_email=application.email,
            sponsor=application.sponsor,
            term_years=_policies()["term_years"],
        )
        application.status = S.APPROVED
        application.payment_due_on = today + datetime.timedelta(
            days=_policies()["payment_window_days"]
        )
    else:
        application.status = S.DECLINED
    if notes.strip():
        application.committee_notes = "\n\n".join(
            part for part in (application.committee_notes, notes.strip()) if part
        )
    application.decided_at = timezone.now()
    application.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    application.save()
    audit_record(
        actor=actor,
        action="application.approved" if approve else "application.declined",
        target=application,
        before={"status": S.APPLIED},
        after={"status": application.status},
    )
    return application


def application_record_payment(*, application: Application, actor: Any) -> Application:
    """The applicant paid: the seat becomes active for a term, the application is joined."""
    if application.status != S.APPROVED:
        raise Conflict(NOT_APPROVED.format(status=application.get_status_display().lower()))
    today = chapter_today(application.chapter)
    assert application.payment_due_on is not None and application.member is not None
    if today > application.payment_due_on:
        raise Conflict(WINDOW_CLOSED.format(date=application.payment_due_on.isoformat()))
    member = application.member
    services.member_update(
        member=member,
        actor=actor,
        joined_on=today,
        renewal_on=years_later(today, member.term_years),
    )
    services.member_change_status(member=member, actor=actor, status=Member.Status.ACTIVE)
    application.status = S.JOINED
    application.save(update_fields=["status", "updated_at"])
    if application.visitor_id:
        Visitor.objects.filter(pk=application.visitor_id).update(status=Visitor.Status.JOINED)
    audit_record(
        actor=actor,
        action="application.joined",
        target=application,
        before={"status": S.APPROVED},
        after={"status": S.JOINED},
    )
    return application


def application_lapse(*, application: Application, actor: Any) -> None:
    """The payment window closed unpaid: the application lapses and its pending seat is dropped."""
    application.status = S.LAPSED
    application.save(update_fields=["status", "updated_at"])
    if application.member and application.member.status == Member.Status.PENDING:
        services.member_change_status(
            member=application.member, actor=actor, status=Member.Status.DROPPED
        )
    audit_record(
        actor=actor,
        action="application.lapsed",
        target=application,
        before={"status": S.APPROVED},
        after={"status": S.LAPSED},
    )


def application_update_notes(*, application: Application, actor: Any, notes: str) -> Application:
    """Replace the committee's confidential notes (audited without their text)."""
    application.committee_notes = notes.strip()
    application.save(update_fields=["committee_notes", "updated_at"])
    audit_record(actor=actor, action="application.notes_changed", target=application)
    return application
