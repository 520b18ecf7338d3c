"""Reads for organizations, regions and memberships. Tenant reads take the organization."""

from __future__ import annotations

from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.http import Http404

from tenancy.context import acting_user
from tenancy.models import Organization, OrganizationMembership, Region, TenantModel

T = TypeVar("T", bound=TenantModel)


def access(model: type[T], *, organization: Organization, pk: Any) -> T:
    """The ``model`` row ``pk`` of ``organization``; 404 for missing and not-yours alike."""
    found = model.objects.filter(organization=organization, pk=pk).first()
    if found is None:
        raise Http404
    return found


NO_SUCH_RELATED = "No such {field} in this organization."


def access_related(model: type[T], *, organization: Organization, pk: Any, field: str) -> T | None:
    """A row a request body names in ``field`` (``None`` stays ``None``). Another
    organization's row is a 400 on that field, worded exactly as for a missing one."""
    if pk is None:
        return None
    found = model.objects.filter(organization=organization, pk=pk).first()
    if found is None:
        raise ValidationError({field: [NO_SUCH_RELATED.format(field=field)]})
    return found


def membership_for(*, organization: Organization, user: Any) -> OrganizationMembership | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        OrganizationMembership.objects.filter(organization=organization, user=user)
        .select_related("region")
        .first()
    )


def user_memberships(*, user: Model) -> list[OrganizationMembership]:
    """Every membership of ``user``, across organizations, with the organization loaded.

    A deliberate cross-tenant read (``unscoped``); row-level security still limits it to the
    user's own rows via ``app.user_id``.
    """
    with acting_user(user):  # type: ignore[arg-type]
        return list(
            OrganizationMembership.objects.unscoped()
            .filter(user=user)
            .select_related("organization", "region")
            .order_by("organization__name")
        )


def region_list(*, organization: Organization) -> QuerySet[Region]:
    return Region.objects.filter(organization=organization)


def membership_list(
    *, organization: Organization, role: str | None = None, search: str | None = None
) -> QuerySet[OrganizationMembership]:
    """The organization's people; ``search`` matches part of a name or an email."""
    memberships = OrganizationMembership.objects.filter(organization=organization).select_related(
        "user", "region"
    )
    if role:
        memberships = memberships.filter(role=role)
    if search:
        memberships = memberships.filter(
            Q(user__name__icontains=search) | Q(user__email__icontains=search)
        )
    return memberships
