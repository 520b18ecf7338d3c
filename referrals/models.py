"""Referrals, thank-yous for closed business, and the daily tally that ranks help given."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django_stubs_ext import StrPromise

from groups.models import Chapter, Meeting, Member
from tenancy.models import TenantModel
from tenancy.validators import validate_currency

NEGATIVE_AMOUNT = "An amount cannot be negative."
# Money is never negative: refused with this message on the field, whoever writes it.
NOT_NEGATIVE = MinValueValidator(0, message=NEGATIVE_AMOUNT)
# The same words from an API field's own check.
MONEY_ERRORS: dict[str, str | StrPromise] = {"min_value": NEGATIVE_AMOUNT}


class Slip(TenantModel):
    """Help logged by a member. It belongs to its chapter's next meeting (the weekly report it
    counts in) and is locked once that report is completed."""

    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(
        Meeting, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        abstract = True


class Referral(Slip):
    class Tier(models.TextChoices):
        INSIDE = "inside", "Inside (the giver is the customer)"
        OUTSIDE = "outside", "Outside (a third party)"
        TIER_3 = "tier_3", "Tier 3 (a referral of a referral)"

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        MEETING = "meeting", "Meeting set"
        CLOSED_WON = "closed_won", "Closed, won"
        CLOSED_LOST = "closed_lost", "Closed, lost"

    giver = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="referrals_given")
    receiver = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="referrals_received"
    )
    tier = models.CharField(max_length=8, choices=Tier.choices, default=Tier.OUTSIDE)
    hotness = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    contact_name = models.CharField(max_length=150)
    contact_company = models.CharField(max_length=200, blank=True)
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=40, blank=True)
    notes = models.TextField(blank=True)
    consent_confirmed = models.BooleanField(default=False)
    expected_value = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, validators=[NOT_NEGATIVE]
    )
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "id"]
        indexes = [
            models.Index(fields=["organization", "receiver", "status"], name="referral_received"),
            models.Index(fields=["organization", "giver", "created_at"], name="referral_given"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(giver=models.F("receiver")), name="referral_not_to_oneself"
            ),
            models.CheckConstraint(
                condition=models.Q(hotness__gte=1, hotness__lte=5), name="referral_hotness_1_5"
            ),
            models.CheckConstraint(
                condition=~models.Q(tier="outside") | models.Q(consent_confirmed=True),
                name="referral_outside_needs_consent",
            ),
        ]


class ReferralStatusChange(TenantModel):
    """Each move of a referral, with when and by whom: the giver sees what became of it."""

    referral = models.ForeignKey(Referral, on_delete=models.CASCADE, related_name="changes")
    from_status = models.CharField(max_length=12, choices=Referral.Status.choices)
    to_status = models.CharField(max_length=12, choices=Referral.Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "id"]


class ThankYou(Slip):
    """Thanks for closed business: the member who got the business credits whoever gave it."""

    class Business(models.TextChoices):
        NEW = "new", "New business"
        REPEAT = "repeat", "Repeat business"

    thanking = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="thanks_given")
    thanked = models.ForeignKey(
        Member, on_delete=models.PROTECT, null=True, blank=True, related_name="thanks_received"
    )
    thanked_name = models.CharField(
        max_length=150, blank=True, help_text="Someone outside the network, by name."
    )
    amount = models.DecimalField(max_digits=12, decimal_places=2, validators=[NOT_NEGATIVE])
    currency = models.CharField(max_length=3, validators=[validate_currency])
    business = models.CharField(max_length=6, choices=Business.choices, default=Business.NEW)
    referral = models.ForeignKey(
        Referral, on_delete=models.SET_NULL, null=True, blank=True, related_name="thank_yous"
    )

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="thankyou_amount_gte_0"),
            models.CheckConstraint(
                condition=models.Q(thanked__isnull=False) | ~models.Q(thanked_name=""),
                name="thankyou_thanks_someone",
            ),
        ]


class OneToOne(Slip):
    """A meeting of two (or three) members outside the chapter meeting. The others confirm or
    dispute it; what counts is the organization's policy."""

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        VIDEO = "video", "Video"
        PHONE = "phone", "Phone"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="one_to_ones_logged")
    met_on = models.DateField()
    mode = models.CharField(max_length=10, choices=Mode.choices, default=Mode.IN_PERSON)
    notes = models.TextField(blank=True)
    counted_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-met_on", "id"]


class OneToOneParticipant(TenantModel):
    class Answer(models.TextChoices):
        PENDING = "pending", "Not answered"
        CONFIRMED = "confirmed", "Confirmed"
        DISPUTED = "disputed", "Disputed"

    one_to_one = models.ForeignKey(OneToOne, on_delete=models.CASCADE, related_name="participants")
    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="+")
    answer = models.CharField(max_length=10, choices=Answer.choices, default=Answer.PENDING)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "one_to_one", "member"], name="onetoone_participant_uniq"
            ),
        ]


class EducationCredit(Slip):
    class Kind(models.TextChoices):
        COURSE = "course", "Course"
        PODCAST = "podcast", "Podcast"
        BOOK = "book", "Book"
        WORKSHOP = "workshop", "Workshop"
        PRESENTATION = "presentation", "Presentation"

    member = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="education_credits")
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.COURSE)
    title = models.CharField(max_length=200)
    completed_on = models.DateField()
    credits = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["-completed_on", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(credits__gte=1, credits__lte=10), name="education_credits_1_10"
            ),
        ]


class Testimonial(Slip):
    """A member publicly vouches for another's work at a meeting."""

    giver = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="testimonials_given")
    receiver = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="testimonials_received"
    )
    text = models.TextField()

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(giver=models.F("receiver")), name="testimonial_not_oneself"
            ),
        ]


class OtherHelp(Slip):
    """Lighter help: an introduction, a lead passed on, useful information."""

    class Kind(models.TextChoices):
        INTRODUCTION = "introduction", "Introduction"
        LEAD = "lead", "Lead passed on"
        INFORMATION = "information", "Useful information"

    giver = models.ForeignKey(Member, on_delete=models.PROTECT, related_name="other_help_given")
    receiver = models.ForeignKey(
        Member, on_delete=models.PROTECT, related_name="other_help_received"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(giver=models.F("receiver")), name="otherhelp_not_oneself"
            ),
        ]


class HelpTally(TenantModel):
    """One member's help on one day, kept current in the same transaction as each slip, so
    leaderboards read a few rows per member whatever the number of slips."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    chapter = models.ForeignKey(Chapter, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    referrals_given = models.IntegerField(default=0)
    referrals_received = models.IntegerField(default=0)
    thank_you_amount_generated = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    thank_you_amount_received = models.DecimalField(max_digits=14, decimal_places=2, default=0)
    one_to_ones = models.IntegerField(default=0)
    education = models.IntegerField(default=0)
    testimonials_given = models.IntegerField(default=0)
    other_help_given = models.IntegerField(default=0)

    class Meta:
        ordering = ["day", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "member", "day"], name="helptally_member_day_uniq"
            ),
        ]
        indexes = [
            models.Index(fields=["organization", "chapter", "day"], name="helptally_chapter_day"),
            # Organization-wide boards read a range of days for every member at once, from the
            # index alone.
            models.Index(
                fields=["organization", "day"],
                include=[
                    "member",
                    "referrals_given",
                    "thank_you_amount_generated",
                    "one_to_ones",
                    "education",
                    "testimonials_given",
                    "other_help_given",
                ],
                name="helptally_organization_day",
            ),
        ]
