"""Organizations (the tenants), their regions and memberships, and the base of tenant rows."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from django.conf import settings
from django.db import models

from tenancy.context import TENANT_NOT_SET, TenantNotSetError, current_organization
from tenancy.db import OwnRowsReadPolicy
from tenancy.validators import (
    validate_currency,
    validate_organization_settings,
    validate_slug,
    validate_time_zone,
)

TENANT_MISMATCH = "This row belongs to another organization than the one in context."


class Organization(models.Model):
    """The tenant. Owns everything else. Not itself row-level secured: it is the key."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    slug = models.CharField(max_length=50, unique=True, validators=[validate_slug])
    name = models.CharField(max_length=200)
    currency = models.CharField(max_length=3, validators=[validate_currency])
    time_zone = models.CharField(max_length=64, validators=[validate_time_zone])
    settings = models.JSONField(
        default=dict, blank=True, validators=[validate_organization_settings]
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class TenantManager(models.Manager[Any]):
    """Fail-closed: filters by the organization in context and raises when there is none.

    Limits, written down: related managers built from a fetched instance, raw SQL and
    ``_base_manager`` (used by Django for foreign-key access and deletion) do not pass through
    here. Row-level security in the database covers those.
    """

    def get_queryset(self) -> models.QuerySet[Any]:
        organization = current_organization()
        if organization is None:
            raise TenantNotSetError(TENANT_NOT_SET)
        return super().get_queryset().filter(organization_id=organization.pk)

    def unscoped(self) -> models.QuerySet[Any]:
        """All organizations' rows, as far as the database lets this role see them."""
        return super().get_queryset()


class TenantModel(models.Model):
    """Base of every tenant-owned row: UUID key, organization, created and updated times.

    Concrete subclasses automatically get ``UNIQUE (organization_id, id)``, forced row-level
    security, and composite foreign keys to other tenant models (``tenancy.db``).
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects: ClassVar[TenantManager] = TenantManager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        organization = current_organization()
        if organization is None:
            raise TenantNotSetError(TENANT_NOT_SET)
        if self.organization_id is None:
            self.organization = organization
        elif self.organization_id != organization.pk:
            raise TenantNotSetError(TENANT_MISMATCH)
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    STAFF = "staff", "Staff"
    REGION_DIRECTOR = "region_director", "Region director"
    MEMBER = "member", "Member"


class Region(TenantModel):
    """An optional grouping of chapters, supervised by region directors."""

    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="region_name_uniq"),
        ]

    def __str__(self) -> str:
        return self.name


class OrganizationMembership(TenantModel):
    """A person's role in an organization. Region directors are bound to one region."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, blank=True, related_name="directors"
    )
    welcome_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "user"], name="membership_user_uniq"),
            models.CheckConstraint(
                condition=(
                    models.Q(role="region_director", region__isnull=False)
                    | (~models.Q(role="region_director") & models.Q(region__isnull=True))
                ),
                name="membership_region_iff_director",
            ),
            OwnRowsReadPolicy(field="user", name="membership_own_rows_read"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.role}"
