"""Writes for organizations, regions and memberships. Each is one whole, audited change."""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from accounts.mfa import MFA_NEEDED_TO_REQUIRE, has_totp, requires_mfa
from audit.services import audit_record
from core.errors import Conflict, PermissionDenied
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership, Region, Role
from tenancy.policies import validate_policies
from tenancy.signals import organization_created

logger = logging.getLogger(__name__)

SLUG_TAKEN = "This slug is taken; choose another."
REGION_NAME_TAKEN = "A region with this name already exists in the organization."
REGION_IN_USE = "Region directors are assigned to this region; reassign them first."
LAST_OWNER = "An organization needs at least one owner."
OWNER_ONLY = "Only an owner can grant or take away the owner role."
REGION_REQUIRED = "A region director needs a region."
REGION_ONLY_FOR_DIRECTORS = "Only region directors have a region."
ALREADY_MEMBER = "This person already belongs to the organization."
UNKNOWN_ROLE = "Unknown role."

ORGANIZATION_FIELDS = ("name", "currency", "time_zone")


def _organization_snapshot(organization: Organization) -> dict[str, Any]:
    return {
        "slug": organization.slug,
        "name": organization.name,
        "currency": organization.currency,
        "time_zone": organization.time_zone,
        "settings": dict(organization.settings),
    }


def _membership_snapshot(membership: OrganizationMembership) -> dict[str, Any]:
    return {
        "user": str(membership.user_id),
        "role": membership.role,
        "region": str(membership.region_id) if membership.region_id else None,
    }


def organization_create(
    *,
    actor: Any,
    name: str,
    slug: str,
    currency: str,
    time_zone: str,
    settings: dict[str, Any] | None = None,
) -> Organization:
    """Create an organization with ``actor`` as its owner; welcome them by email (a job).

    Raises ``ValidationError`` for bad fields, ``Conflict`` (field ``slug``) for a taken slug.
    """
    from tenancy.tasks import send_welcome_email

    organization = Organization(
        name=name, slug=slug, currency=currency, time_zone=time_zone, settings=settings or {}
    )
    organization.full_clean(validate_unique=False)
    with transaction.atomic():
        if Organization.objects.filter(slug=slug).exists():
            raise Conflict(SLUG_TAKEN, field="slug")
        try:
            with transaction.atomic():
                organization.save()
        except IntegrityError as exc:  # a concurrent create took the slug
            raise Conflict(SLUG_TAKEN, field="slug") from exc
        with tenant(organization):
            membership = OrganizationMembership(user=actor, role=Role.OWNER)
            membership.save()
            audit_record(
                actor=actor,
                action="organization.created",
                target=organization,
                after=_organization_snapshot(organization),
            )
            organization_created.send(sender=Organization, organization=organization, actor=actor)
            # Enqueued in this transaction: the job exists only if the organization does.
            send_welcome_email.defer(
                organization_id=str(organization.pk), membership_id=str(membership.pk)
            )
    logger.info("organization.created", extra={"organization_id": str(organization.pk)})
    return organization


def organization_update(*, organization: Organization, actor: Any, **changes: Any) -> Organization:
    """Change name, currency, time zone and/or policies (``settings``, merged key by key).

    Settings changes are audited as ``organization.settings_changed``, the rest as
    ``organization.updated``. Raises ``ValidationError`` naming the bad field.
    """
    unknown = set(changes) - {*ORGANIZATION_FIELDS, "settings"}
    if unknown:
        raise ValidationError({key: ["Unknown field."] for key in sorted(unknown)})
    before = _organization_snapshot(organization)
    for field in ORGANIZATION_FIELDS:
        if field in changes:
            setattr(organization, field, changes[field])
    if "settings" in changes:
        merged = {**organization.settings, **changes["settings"]}
        validate_policies(merged)
        if merged.get("require_mfa") and not requires_mfa(organization) and not has_totp(actor):
            raise Conflict(MFA_NEEDED_TO_REQUIRE, field="require_mfa")
        organization.settings = merged
    organization.full_clean(validate_unique=False)
    after = _organization_snapshot(organization)
    if after == before:
        return organization
    with tenant(organization):
        organization.save()
        if before["settings"] != after["settings"]:
            audit_record(
                actor=actor,
                action="organization.settings_changed",
                target=organization,
                before={"settings": before["settings"]},
                after={"settings": after["settings"]},
            )
        plain_before = {k: v for k, v in before.items() if k != "settings"}
        plain_after = {k: v for k, v in after.items() if k != "settings"}
        if plain_before != plain_after:
            audit_record(
                actor=actor,
                action="organization.updated",
                target=organization,
                before=plain_before,
                after=plain_after,
            )
    return organization


def region_create(*, organization: Organization, actor: Any, name: str) -> Region:
    """Raises ``Conflict`` (field ``name``) when the organization has a region of that name."""
    name = name.strip()
    with tenant(organization):
        if Region.objects.filter(name__iexact=name).exists():
            raise Conflict(REGION_NAME_TAKEN, field="name")
        region = Region(name=name)
        region.full_clean(exclude=["organization"], validate_unique=False)
        region.save()
        audit_record(actor=actor, action="region.created", target=region, after={"name": name})
    return region


def region_update(*, region: Region, actor: Any, name: str) -> Region:
    """Rename a region (inside its organization's tenant). ``Conflict`` if the name is taken."""
    name = name.strip()
    if name == region.name:
        return region
    if Region.objects.filter(name__iexact=name).exclude(pk=region.pk).exists():
        raise Conflict(REGION_NAME_TAKEN, field="name")
    before = {"name": region.name}
    region.name = name
    region.save(update_fields=["name", "updated_at"])
    audit_record(
        actor=actor, action="region.updated", target=region, before=before, after={"name": name}
    )
    return region


def region_delete(*, region: Region, actor: Any) -> None:
    """Delete a region (inside its organization's tenant); ``Conflict`` while it has directors."""
    try:
        with transaction.atomic():
            audit_record(
                actor=actor, action="region.deleted", target=region, before={"name": region.name}
            )
            region.delete()
    except ProtectedError as exc:
        raise Conflict(REGION_IN_USE) from exc


def membership_create(
    *, organization: Organization, actor: Any, user: Any, role: str, region: Region | None = None
) -> OrganizationMembership:
    """Give ``user`` a ``role`` in ``organization``. Raises ``Conflict`` if already a member."""
    _check_region(role, region)
    with tenant(organization):
        if OrganizationMembership.objects.filter(user=user).exists():
            raise Conflict(ALREADY_MEMBER, field="user")
        membership = OrganizationMembership(user=user, role=role, region=region)
        membership.save()
        audit_record(
            actor=actor,
            action="membership.created",
            target=membership,
            after=_membership_snapshot(membership),
        )
    return membership


def membership_update(
    *,
    membership: OrganizationMembership,
    actor_membership: OrganizationMembership,
    role: str,
    region: Region | None,
) -> OrganizationMembership:
    """Change a person's role (and region, for region directors), inside their tenant.

    Only owners grant or remove the owner role (``PermissionDenied``); the last owner cannot
    stop being one (``Conflict``). Audited as ``membership.role_changed``.
    """
    _check_region(role, region)
    if Role.OWNER in (role, membership.role) and actor_membership.role != Role.OWNER:
        raise PermissionDenied(OWNER_ONLY)
    before = _membership_snapshot(membership)
    if membership.role == Role.OWNER and role != Role.OWNER:
        _ensure_another_owner(membership)
    membership.role = role
    membership.region = region
    after = _membership_snapshot(membership)
    if after == before:
        return membership
    membership.save(update_fields=["role", "region", "updated_at"])
    audit_record(
        actor=actor_membership.user,
        action="membership.role_changed",
        target=membership,
        before=before,
        after=after,
    )
    return membership


def membership_delete(
    *, membership: OrganizationMembership, actor_membership: OrganizationMembership
) -> None:
    """Remove a person from the organization (inside its tenant); owner rules as for roles."""
    if membership.role == Role.OWNER:
        if actor_membership.role != Role.OWNER:
            raise PermissionDenied(OWNER_ONLY)
        _ensure_another_owner(membership)
    audit_record(
        actor=actor_membership.user,
        action="membership.deleted",
        target=membership,
        before=_membership_snapshot(membership),
    )
    membership.delete()


def _ensure_another_owner(membership: OrganizationMembership) -> None:
    owners = (
        OrganizationMembership.objects.select_for_update()
        .filter(role=Role.OWNER)
        .exclude(pk=membership.pk)
    )
    if not owners.exists():
        raise Conflict(LAST_OWNER, field="role")


def _check_region(role: str, region: Region | None) -> None:
    if role not in Role.values:
        raise ValidationError({"role": [UNKNOWN_ROLE]})
    if role == Role.REGION_DIRECTOR and region is None:
        raise ValidationError({"region": [REGION_REQUIRED]})
    if role != Role.REGION_DIRECTOR and region is not None:
        raise ValidationError({"region": [REGION_ONLY_FOR_DIRECTORS]})
