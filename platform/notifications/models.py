"""In-app notifications and each person's preferences, per organization."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from tenancy.models import TenantModel


class Notification(TenantModel):
    """One message to one person, written once (``key``). It shows in the person's list when
    their preference says so, and is emailed by a job, once (``emailed_at``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text="None for someone without an account yet: email only.",
    )
    email = models.EmailField(blank=True, help_text="Where the email goes.")
    kind = models.CharField(max_length=40)
    key = models.CharField(max_length=120, help_text="What it is about; one notification per key.")
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True)
    link = models.CharField(max_length=300, blank=True, help_text="A path in the app.")
    in_app = models.BooleanField(default=True)
    wants_email = models.BooleanField(default=True)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "key"], name="notification_key_uniq"),
        ]
        indexes = [
            models.Index(
                fields=["organization", "user", "created_at"],
                condition=models.Q(in_app=True),
                name="notification_inbox",
            ),
        ]


class NotificationPreference(TenantModel):
    """How a person wants one kind of notification: in the app, by email, both or neither.
    Without a row, both."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)
    in_app = models.BooleanField(default=True)
    email = models.BooleanField(default=True)

    class Meta:
        ordering = ["kind", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "user", "kind"], name="notification_preference_uniq"
            ),
        ]
