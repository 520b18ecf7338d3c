"""Dashboards of help: a member's own (this month against the last, given against received,
follow-up rate) and a chapter's, for its leaders."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.views import OrganizationApiView
from groups.models import Chapter, Member
from groups.selectors import organization_today
from referrals import selectors
from referrals.apis import LeaderboardRowSerializer
from tenancy.models import Organization
from tenancy.policies import effective_policies

LEADERS_ONLY = "Only the chapter's leaders see its dashboard."


class HelpCountsSerializer(serializers.Serializer[Any]):
    referrals_given = serializers.IntegerField()
    referrals_received = serializers.IntegerField()
    thank_you_amount_generated = serializers.DecimalField(max_digits=14, decimal_places=2)
    thank_you_amount_received = serializers.DecimalField(max_digits=14, decimal_places=2)
    one_to_ones = serializers.IntegerField()
    education = serializers.IntegerField()
    testimonials_given = serializers.IntegerField()
    other_help_given = serializers.IntegerField()


class BalanceSideSerializer(serializers.Serializer[Any]):
    referrals = serializers.IntegerField()
    thank_you_amount = serializers.DecimalField(max_digits=14, decimal_places=2)


class ComparedWithSerializer(serializers.Serializer[Any]):
    """The days `last_month` covers: as many days of the month before as this month has had so
    far, so that a month under way is not held against a whole one."""

    # "from" is a Python keyword, so it is declared through the class namespace.
    vars()["from"] = serializers.DateField()
    to = serializers.DateField()


class HelpSummarySerializer(serializers.Serializer[Any]):
    member = serializers.UUIDField()
    this_month = HelpCountsSerializer()
    last_month = HelpCountsSerializer(help_text="The days of `compared_with`.")
    compared_with = ComparedWithSerializer()
    given = BalanceSideSerializer(help_text="The last twelve months.")
    received = BalanceSideSerializer(help_text="The last twelve months.")
    follow_up_rate = serializers.FloatField(
        allow_null=True,
        help_text="Share of received referrals answered within the follow-up window (0-1).",
    )
    follow_up_considered = serializers.IntegerField()


class MemberHelpSummaryApi(OrganizationApiView):
    """A member's help, for the member and the leaders of their chapter."""

    required_scopes = {"GET": [scopes.HELP_READ]}

    @extend_schema(
        operation_id="member_help_summary",
        responses={200: HelpSummarySerializer, **errors(401, 403, 404)},
        summary="A member's help: this month against the last, given against received, follow-up "
        "rate (the member and their leaders only)",
    )
    def get(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = (
            Member.objects.filter(organization=organization, pk=member_id)
            .select_related("chapter")
            .first()
        )
        if member is None:
            raise exceptions.NotFound()
        own = member.user_id is not None and member.user_id == request.user.pk
        if not own and not self.has_scope(scopes.MEMBERS_WRITE, member.chapter_id):
            raise exceptions.PermissionDenied("Only the member and their leaders see this.")
        summary = selectors.help_summary(
            member=member,
            today=organization_today(organization),
            follow_up_days=effective_policies(organization.settings)["follow_up_days"],
        )
        return Response(HelpSummarySerializer(summary).data)


class ChapterTotalsSerializer(serializers.Serializer[Any]):
    score = serializers.IntegerField()
    referrals = serializers.IntegerField()
    thank_you_amount = serializers.DecimalField(max_digits=14, decimal_places=2)
    one_to_ones = serializers.IntegerField()
    visitors = serializers.IntegerField()
    education = serializers.IntegerField()
    testimonials = serializers.IntegerField()
    other_help = serializers.IntegerField()


class QuietMemberSerializer(serializers.Serializer[Member]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    business_name = serializers.CharField()


class OverdueReferralSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    giver_name = serializers.CharField(source="giver.name")
    receiver = serializers.UUIDField(source="receiver_id")
    receiver_name = serializers.CharField(source="receiver.name")
    contact_name = serializers.CharField()
    created_at = serializers.DateTimeField()


class ChapterDashboardSerializer(serializers.Serializer[Any]):
    chapter = serializers.UUIDField()
    period_start = serializers.DateField()
    period_end = serializers.DateField()
    this_month = ChapterTotalsSerializer()
    last_month = ChapterTotalsSerializer(help_text="The days of `compared_with`.")
    compared_with = ComparedWithSerializer()
    seats = serializers.IntegerField(help_text="Seats held in the chapter.")
    top_givers = LeaderboardRowSerializer(many=True, help_text="Up to five, by score this month.")
    quiet_members = QuietMemberSerializer(
        many=True, help_text="Seats that gave no help yet this month."
    )
    overdue_referrals = OverdueReferralSerializer(
        many=True, help_text="The ten oldest referrals still new past the follow-up window."
    )
    overdue_count = serializers.IntegerField()
    overdue_renewals = serializers.IntegerField(
        help_text="Seats held past their renewal date (late, or active until the daily job runs)."
    )
    follow_up_rate = serializers.FloatField(allow_null=True)
    unconfirmed_one_to_ones = serializers.IntegerField(
        help_text="1-2-1s members of the chapter have not confirmed or disputed yet."
    )


class ChapterHelpDashboardApi(OrganizationApiView):
    """A chapter's month of help, for its leaders and staff."""

    required_scopes = {"GET": [scopes.HELP_READ]}

    @extend_schema(
        operation_id="chapter_help_dashboard",
        responses={200: ChapterDashboardSerializer, **errors(401, 403, 404)},
        summary="The chapter's month of help for its leaders: totals against last month, top "
        "givers, members who gave nothing yet, referrals waiting for follow-up",
    )
    def get(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = Chapter.objects.filter(organization=organization, pk=chapter_id).first()
        if chapter is None:
            raise exceptions.NotFound()
        if not self.has_scope(scopes.MEMBERS_WRITE, chapter.pk):
            raise exceptions.PermissionDenied(LEADERS_ONLY)
        dashboard = selectors.chapter_help_dashboard(
            organization=organization,
            chapter=chapter,
            today=organization_today(organization),
            follow_up_days=effective_policies(organization.settings)["follow_up_days"],
        )
        return Response(ChapterDashboardSerializer(dashboard).data)
