"""Invitations: an emailed link that brings someone into the organization, and into a chapter
seat when one is named. Leaders invite to seats of their chapter; owners and admins may invite
staff. A link lasts ``INVITATION_DAYS``; it can be resent (a fresh link) or revoked."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.utils import timezone

from audit.services import audit_record
from core.errors import Conflict
from core.jobs import defer_on_commit
from groups import services
from groups.models import Chapter, Invitation, Member, new_link_token
from tenancy.context import require_organization
from tenancy.models import OrganizationMembership, Role
from tenancy.services import membership_create

INVITATION_DAYS = 14
ALREADY_PENDING = "{email} already has a pending invitation here; resend it instead."
SEAT_TAKEN = "This seat already belongs to a signed-up person."
SEAT_ELSEWHERE = "This seat is in another chapter."
NAME_NEEDED = "Name the person: a new seat is made for them."
NOT_PENDING = "This invitation is {status}."
EXPIRED = "This invitation expired on {date}; ask for a new one."
WRONG_EMAIL = "This invitation was sent to {email}; sign in with that address to accept it."


def _send(invitation: Invitation) -> None:
    defer_on_commit(
        "groups.send_invitation",
        organization_id=str(require_organization().pk),
        invitation_id=str(invitation.pk),
    )


def invitation_create(
    *,
    actor: Any,
    email: str,
    role: str = Role.MEMBER,
    chapter: Chapter | None = None,
    member: Member | None = None,
    name: str = "",
) -> Invitation:
    """Invite ``email``. With a chapter, the invitation leads into a seat: ``member`` when
    given, else the chapter's seat waiting for that email, else a new pending seat named
    ``name``."""
    email = email.strip()
    if member is not None:
        if chapter is not None and member.chapter_id != chapter.pk:
            raise ValidationError({"member": [SEAT_ELSEWHERE]})
        if member.user_id is not None:
            raise Conflict(SEAT_TAKEN, field="member")
        chapter = member.chapter
    elif chapter is not None:
        member = Member.objects.filter(
            chapter=chapter, user__isnull=True, invited_email__iexact=email
        ).first()
        if member is None:
            if not name.strip():
                raise ValidationError({"name": [NAME_NEEDED]})
            member = services.member_create(
                chapter=chapter, actor=actor, name=name.strip(), invited_email=email
            )
    if Invitation.objects.filter(
        email__iexact=email, chapter=chapter, status=Invitation.Status.PENDING
    ).exists():
        raise Conflict(ALREADY_PENDING.format(email=email), field="email")
    if member is not None and not member.invited_email:
        member.invited_email = email
        member.save(update_fields=["invited_email", "updated_at"])
    invitation = Invitation(
        email=email,
        role=role,
        chapter=chapter,
        member=member,
        expires_at=timezone.now() + datetime.timedelta(days=INVITATION_DAYS),
        invited_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    invitation.full_clean(
        exclude=["organization", "chapter", "member", "invited_by", "accepted_by"],
        validate_unique=False,
        validate_constraints=False,
    )
    invitation.save()
    audit_record(
        actor=actor,
        action="invitation.created",
        target=invitation,
        after={"email": email, "role": role, "chapter": str(chapter.pk) if chapter else None},
    )
    _send(invitation)
    return invitation


def _require_pending(invitation: Invitation) -> None:
    if invitation.status != Invitation.Status.PENDING:
        raise Conflict(NOT_PENDING.format(status=invitation.get_status_display().lower()))


def invitation_resend(*, invitation: Invitation, actor: Any) -> Invitation:
    """A fresh link (the old one stops working) and a new expiry."""
    _require_pending(invitation)
    invitation.token = new_link_token()
    invitation.expires_at = timezone.now() + datetime.timedelta(days=INVITATION_DAYS)
    invitation.save(update_fields=["token", "expires_at", "updated_at"])
    audit_record(actor=actor, action="invitation.resent", target=invitation)
    _send(invitation)
    return invitation


def invitation_revoke(*, invitation: Invitation, actor: Any) -> Invitation:
    _require_pending(invitation)
    invitation.status = Invitation.Status.REVOKED
    invitation.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action="invitation.revoked",
        target=invitation,
        before={"status": "pending"},
        after={"status": "revoked"},
    )
    return invitation


def invitation_accept(*, invitation: Invitation, user: Any) -> Invitation:
    """``user`` takes the invitation: they join the organization (with its role, unless they
    already belong) and the seat becomes theirs. 409 when it is not pending, has expired, or
    was sent to another address."""
    _require_pending(invitation)
    if invitation.expires_at < timezone.now():
        raise Conflict(EXPIRED.format(date=invitation.expires_at.date().isoformat()))
    if invitation.email.lower() != user.email.lower():
        raise Conflict(WRONG_EMAIL.format(email=invitation.email))
    if not OrganizationMembership.objects.filter(user=user).exists():
        membership_create(
            organization=require_organization(), actor=user, user=user, role=invitation.role
        )
    if invitation.member is not None:
        if invitation.member.user_id not in (None, user.pk):
            raise Conflict(SEAT_TAKEN, field="member")
        services.member_link_user(member=invitation.member, user=user)
    invitation.status = Invitation.Status.ACCEPTED
    invitation.accepted_by = user
    invitation.save(update_fields=["status", "accepted_by", "updated_at"])
    audit_record(actor=user, action="invitation.accepted", target=invitation)
    return invitation
