import pytest
from django.db.models import Sum

from groups.demo import seed_groups_demo
from groups.meetings import chapter_today
from groups.models import Chapter
from referrals.demo import seed_help_demo
from referrals.models import HelpTally, Referral, ThankYou
from referrals.selectors import help_given_leaderboard, period_bounds, previous_bounds
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
