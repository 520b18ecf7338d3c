"""GET /orgs/{org}/overview/: the organization at a glance, for its owners, admins and staff."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.views import OrganizationApiView
from referrals.overview.selectors import ATTENTION_KINDS, organization_overview
from tenancy.models import Organization

STAFF_ONLY = "The organization's overview is for its owners, admins and staff."


class PeriodSerializer(serializers.Serializer[Any]):
    start = serializers.DateField()
    end = serializers.DateField()


class OverviewHelpSerializer(serializers.Serializer[Any]):
    referrals_given = serializers.IntegerField()
    thank_you_amount_generated = serializers.DecimalField(
        max_digits=14, decimal_places=2, help_text="In the organization's currency."
    )
    one_to_ones = serializers.IntegerField()
    education = serializers.IntegerField()
    testimonials_given = serializers.IntegerField()
    other_help_given = serializers.IntegerField()
    visitors = serializers.IntegerField(help_text="Visitors who came to a meeting.")


class OverviewChaptersSerializer(serializers.Serializer[Any]):
    total = serializers.IntegerField()
    active = serializers.IntegerField()


class OverviewMembersSerializer(serializers.Serializer[Any]):
    active = serializers.IntegerField()
    on_leave = serializers.IntegerField()
    pending = serializers.IntegerField()


class AttentionSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(
        choices=ATTENTION_KINDS,
        help_text="applications_to_decide: applied, awaiting the membership committee; "
        "applications_awaiting_payment: approved, not yet paid; visitors_to_follow_up: came "
        "to a meeting, not yet contacted; renewals_overdue: late seats and active ones past "
        "their renewal date; reports_not_completed: past meetings whose weekly report is still "
        "a draft; referrals_waiting: new referrals older than the follow-up window.",
    )
    count = serializers.IntegerField()


class OverviewSerializer(serializers.Serializer[Any]):
    organization = serializers.UUIDField()
    today = serializers.DateField(help_text="Today in the organization's time zone.")
    chapters = OverviewChaptersSerializer()
    members = OverviewMembersSerializer()
    this_period = PeriodSerializer(help_text="This month, from the 1st to today.")
    last_period = PeriodSerializer(
        help_text="The same days of last month (to its last day when it is shorter)."
    )
    help_this_period = OverviewHelpSerializer()
    help_last_period = OverviewHelpSerializer()
    attention = AttentionSerializer(many=True)


class OrganizationOverviewApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.PEOPLE_READ, scopes.MEMBERS_WRITE]}

    @extend_schema(
        operation_id="organization_overview",
        responses={200: OverviewSerializer, **errors(401, 403, 404)},
        summary="Organization-wide figures and what needs attention (owners, admins, staff)",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        # Chapter roles can add these scopes in one chapter; the overview is organization-wide.
        if self.allowed_chapters() is not None:
            raise exceptions.PermissionDenied(STAFF_ONLY)
        return Response(OverviewSerializer(organization_overview(organization=organization)).data)
