import datetime

import pytest
from django.db.models import Sum
from django.utils import timezone

from groups.demo import seed_groups_demo
from groups.meetings import chapter_today
from groups.models import Chapter
from notifications.models import Notification
from referrals import models as slips
from referrals.demo import seed_help_demo
from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OtherHelp,
    Referral,
    ThankYou,
)
from referrals.selectors import (
    follow_up,
    help_given_leaderboard,
    period_bounds,
    previous_bounds,
)
from tenancy.context import tenant
from tenancy.demo import seed_demo
from tenancy.models import Organization

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_year_of_help_with_generous_givers_and_quiet_ones() -> None:
    seed_demo()
    organization = Organization.objects.get(slug="demo")
    seed_groups_demo(organization=organization, actor=None)
    added = seed_help_demo(organization=organization)
    assert added > 1000
    assert seed_help_demo(organization=organization) == 0
    with tenant(organization):
        assert Referral.objects.count() == added
        totals = HelpTally.objects.aggregate(
            given=Sum("referrals_given"), received=Sum("referrals_received")
        )
        assert totals == {"given": added, "received": added}
        assert ThankYou.objects.exists()
        more = HelpTally.objects.aggregate(
            one_to_ones=Sum("one_to_ones"),
            testimonials=Sum("testimonials_given"),
            other_help=Sum("other_help_given"),
            education=Sum("education"),
        )
        counted = OneToOne.objects.filter(counted_at__isnull=False)
        assert more == {
            "one_to_ones": sum(
                1 + o.participants.exclude(answer="disputed").count() for o in counted
            ),
            "testimonials": slips.Testimonial.objects.count(),
            "other_help": OtherHelp.objects.count(),
            "education": EducationCredit.objects.aggregate(total=Sum("credits"))["total"],
        }
        assert more["one_to_ones"] > 500
        # Old referrals were followed up, mostly within the window; only recent ones wait.
        month_ago = timezone.now() - datetime.timedelta(days=30)
        assert not Referral.objects.filter(status="new", created_at__lt=month_ago).exists()
        answered = Referral.objects.exclude(status="new").count()
        assert slips.ReferralStatusChange.objects.count() == answered
        rate, considered = follow_up(Referral.objects.all(), follow_up_days=3)
        assert considered > 1000 and 0.6 < rate < 0.95
        # The demo member finds this week's news waiting.
        kinds = set(
            Notification.objects.filter(user__email="member@demo.example.com").values_list(
                "kind", flat=True
            )
        )
        assert kinds == {
            "referral_received",
            "one_to_one_to_confirm",
            "referral_moved",
            "thank_you_received",
        }
        oldest = Referral.objects.order_by("created_at").first()
        chapter = Chapter.objects.get(name="Downtown Breakfast")
        assert (chapter_today(chapter) - oldest.created_at.date()).days > 300
        start, end = period_bounds("year", chapter_today(chapter))
        rows = help_given_leaderboard(
            organization=organization,
            start=start,
            end=end,
            previous=previous_bounds("year", start, end),
            chapter=chapter.pk,
        )
    assert rows[0].score > 3 * max(rows[len(rows) // 2].score, 1)
    assert any(row.referrals == 0 for row in rows)
