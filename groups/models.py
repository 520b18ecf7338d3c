"""Chapters, categories and members (seats), as leaders name them (domain.md)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from tenancy.models import Region, Role, TenantModel
from tenancy.validators import validate_time_zone


def new_link_token() -> str:
    """An unguessable token for a public link."""
    return secrets.token_urlsafe(12)


class Category(TenantModel):
    """A profession ("Residential real estate"), organization-wide, with optional specialties."""

    name = models.CharField(max_length=120)
    specialties = ArrayField(models.CharField(max_length=120), default=list, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint("organization", Lower("name"), name="category_name_ci_uniq"),
        ]

    def __str__(self) -> str:
        return self.name


class Chapter(TenantModel):
    class Status(models.TextChoices):
        FORMING = "forming", "Forming"
        ACTIVE = "active", "Active"
        SUSPENDED = "suspended", "Suspended"
        CLOSED = "closed", "Closed"

    class Frequency(models.TextChoices):
        WEEKLY = "weekly", "Weekly"
        BIWEEKLY = "biweekly", "Every two weeks"
        MONTHLY = "monthly", "Monthly"

    class Format(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        ONLINE = "online", "Online"
        HYBRID = "hybrid", "Hybrid"

    name = models.CharField(max_length=120)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, blank=True, related_name="chapters"
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.FORMING)
    meeting_frequency = models.CharField(
        max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    meeting_weekday = models.PositiveSmallIntegerField(
        default=1, help_text="0 = Monday ... 6 = Sunday"
    )
    meeting_start_time = models.TimeField()
    meeting_duration_minutes = models.PositiveSmallIntegerField(default=90)
    time_zone = models.CharField(max_length=64, validators=[validate_time_zone])
    meeting_format = models.CharField(
        max_length=10, choices=Format.choices, default=Format.IN_PERSON
    )
    meeting_place = models.CharField(max_length=300, blank=True)
    meeting_link = models.URLField(blank=True)
    capacity = models.PositiveSmallIntegerField(default=50)
    # The secret part of the chapter's public visitor link (/visit/<org>/<token>).
    visitor_token = models.CharField(max_length=32, default=new_link_token)

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint("organization", Lower("name"), name="chapter_name_ci_uniq"),
            models.UniqueConstraint(
                fields=["organization", "visitor_token"], name="chapter_visitor_token_uniq"
            ),
            models.CheckConstraint(
                condition=models.Q(meeting_weekday__lte=6), name="chapter_weekday_range"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Member(TenantModel):
    """A person's seat in one chapter."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACTIVE = "active", "Active"
        ON_LEAVE = "on_leave", "On leave"
        LATE = "late", "Late (renewal overdue)"
        SUSPENDED = "suspended", "Suspended"
        DROPPED = "dropped", "Dropped"
        EXPIRED = "expired", "Expired"

    chapter = models.ForeignKey(Chapter, on_delete=models.PROTECT, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="seats",
    )
    invited_email = models.EmailField(blank=True)
    name = models.CharField(max_length=150)
    business_name = models.CharField(max_length=200, blank=True)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, null=True, blank=True, related_name="members"
    )
    phone = models.CharField(max_length=40, blank=True)
    website = models.URLField(blank=True)
    bio = models.TextField(blank=True)
    interests = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    joined_on = models.DateField(null=True, blank=True)
    term_years = models.PositiveSmallIntegerField(default=1)
    renewal_on = models.DateField(null=True, blank=True)
    sponsor = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="sponsored"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # Set by the service when the seat holds its category under the organization's category
    # lock; the partial unique constraint below makes two simultaneous activations impossible.
    holds_category = models.BooleanField(default=False, editable=False)
    renewal_reminded_on = models.DateField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name", "id"]
        indexes = [
            models.Index(
                fields=["organization", "chapter", "status"], name="member_chapter_status"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "chapter", "category"],
                condition=models.Q(holds_category=True),
                name="member_category_lock",
            ),
            models.CheckConstraint(
                condition=models.Q(term_years__in=[1, 2]), name="member_term_years"
            ),
        ]

    def __str__(self) -> str:
        return self.name


# Seats that still belong to their chapter: they hold their category under the category lock,
# are expected at meetings and may hold a chapter role.
HOLDING_STATUSES = frozenset(
    {Member.Status.ACTIVE, Member.Status.ON_LEAVE, Member.Status.LATE, Member.Status.SUSPENDED}
)


class ChapterRole(TenantModel):
    """A leadership role a seat holds in its chapter for a term; it grants leader scopes there
    while the term runs (``api.permissions.CHAPTER_ROLE_SCOPES``)."""

    class Kind(models.TextChoices):
        PRESIDENT = "president", "President"
        VICE_PRESIDENT = "vice_president", "Vice president"
        SECRETARY_TREASURER = "secretary_treasurer", "Secretary/treasurer"
        MEMBERSHIP_COMMITTEE = "membership_committee", "Membership committee"
        VISITOR_HOST = "visitor_host", "Visitor host"
        EDUCATION_COORDINATOR = "education_coordinator", "Education coordinator"
        MENTOR_COORDINATOR = "mentor_coordinator", "Mentor coordinator"

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="roles")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(max_length=24, choices=Kind.choices)
    starts_on = models.DateField()
    ends_on = models.DateField()

    class Meta:
        ordering = ["starts_on", "role", "id"]
        indexes = [
            models.Index(fields=["organization", "chapter", "ends_on"], name="chapterrole_term"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="chapterrole_term_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()} ({self.starts_on} to {self.ends_on})"


class Meeting(TenantModel):
    """One occurrence of a chapter's schedule, with its weekly report."""

    class ReportStatus(models.TextChoices):
        DRAFT = "draft", "Draft"
        COMPLETED = "completed", "Completed"
        HOLIDAY = "holiday", "Holiday"
        DISCARDED = "discarded", "Discarded"

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField()
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=90)
    report_status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.DRAFT
    )
    note = models.CharField(max_length=200, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    completed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["date", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "chapter", "date"], name="meeting_chapter_date_uniq"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date} ({self.report_status})"

    @property
    def has_started(self) -> bool:
        """Whether the meeting has begun: only then can its report be completed."""
        return self.starts_at <= timezone.now()


class Attendance(TenantModel):
    """PALMS: what one seat did at one meeting."""

    class Status(models.TextChoices):
        PRESENT = "present", "Present"
        ABSENT = "absent", "Absent"
        LATE = "late", "Late"
        MEDICAL = "medical", "Medical"
        SUBSTITUTE = "substitute", "Substitute"

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="attendance")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PRESENT)
    substitute_name = models.CharField(max_length=150, blank=True)

    class Meta:
        ordering = ["meeting", "member", "id"]
        indexes = [
            models.Index(fields=["organization", "member", "status"], name="attendance_member"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "meeting", "member"], name="attendance_meeting_member_uniq"
            ),
            models.CheckConstraint(
                condition=models.Q(status="substitute", substitute_name__gt="")
                | (~models.Q(status="substitute") & models.Q(substitute_name="")),
                name="attendance_substitute_named",
            ),
        ]


class MedicalLeave(TenantModel):
    """A leader's pre-approval: between these dates the seat may be marked Medical."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="medical_leaves")
    starts_on = models.DateField()
    ends_on = models.DateField()
    note = models.CharField(max_length=200, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-starts_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="medicalleave_dates_order",
            ),
        ]


class AbsenceAlert(TenantModel):
    """The seat crossed the absence policy at this meeting; leaders were told once."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="absence_alerts")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    absences = models.PositiveSmallIntegerField()
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "member", "meeting"], name="absencealert_uniq"
            ),
        ]


class Visitor(TenantModel):
    """A guest of a chapter, invited by a member or registered through the public link."""

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        INTERESTED = "interested", "Interested"
        APPLIED = "applied", "Applied"
        JOINED = "joined", "Joined"
        NOT_INTERESTED = "not_interested", "Not interested"

    class Source(models.TextChoices):
        MEMBER = "member", "Invited by a member"
        PUBLIC_LINK = "public_link", "Public link"

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="visitors")
    name = models.CharField(max_length=150)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    business_name = models.CharField(max_length=200, blank=True)
    profession = models.CharField(max_length=120, blank=True)
    invited_by = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="visitors_invited"
    )
    source = models.CharField(max_length=12, choices=Source.choices, default=Source.MEMBER)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "id"]
        indexes = [
            models.Index(fields=["organization", "chapter", "status"], name="visitor_pipeline"),
        ]
        constraints = [
            models.UniqueConstraint(
                "organization", "chapter", Lower("email"), name="visitor_chapter_email_uniq"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Visit(TenantModel):
    """A visitor's place at one meeting: registered, then attended (or not)."""

    visitor = models.ForeignKey(Visitor, on_delete=models.CASCADE, related_name="visits")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="visits")
    attended = models.BooleanField(null=True, blank=True, help_text="None until marked.")
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["meeting__date", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "visitor", "meeting"], name="visit_visitor_meeting_uniq"
            ),
        ]


class Application(TenantModel):
    """Someone asks to join a chapter; the membership committee decides."""

    class Status(models.TextChoices):
        APPLIED = "applied", "Applied"
        APPROVED = "approved", "Approved, awaiting payment"
        DECLINED = "declined", "Declined"
        LAPSED = "lapsed", "Lapsed (not paid in time)"
        JOINED = "joined", "Joined"

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="applications")
    visitor = models.ForeignKey(
        Visitor, on_delete=models.SET_NULL, null=True, blank=True, related_name="applications"
    )
    name = models.CharField(max_length=150)
    email = models.EmailField()
    phone = models.CharField(max_length=40, blank=True)
    business_name = models.CharField(max_length=200, blank=True)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, null=True, blank=True, related_name="applications"
    )
    sponsor = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.APPLIED)
    # Confidential: only the membership committee and staff read or write these.
    committee_notes = models.TextField(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    payment_due_on = models.DateField(null=True, blank=True)
    member = models.ForeignKey(
        Member, on_delete=models.SET_NULL, null=True, blank=True, related_name="applications"
    )

    class Meta:
        ordering = ["-created_at", "id"]
        indexes = [
            models.Index(fields=["organization", "chapter", "status"], name="application_status"),
        ]
        constraints = [
            models.UniqueConstraint(
                "organization",
                "chapter",
                Lower("email"),
                condition=models.Q(status__in=["applied", "approved"]),
                name="application_one_open_per_email",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.status})"


class Invitation(TenantModel):
    """An emailed link into the organization, and into a chapter seat when one is named."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        ACCEPTED = "accepted", "Accepted"
        REVOKED = "revoked", "Revoked"

    email = models.EmailField()
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    chapter = models.ForeignKey(
        Chapter, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    member = models.ForeignKey(
        Member, on_delete=models.CASCADE, null=True, blank=True, related_name="invitations"
    )
    token = models.CharField(max_length=32, default=new_link_token)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    expires_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "token"], name="invitation_token_uniq"),
            models.UniqueConstraint(
                "organization",
                Lower("email"),
                "chapter",
                condition=models.Q(status="pending"),
                name="invitation_one_pending",
                nulls_distinct=False,
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} ({self.status})"
