"""What a meeting's weekly report holds besides attendance: its slips, for the meeting's page."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.views import OrganizationApiView
from groups.models import Meeting
from referrals import selectors
from tenancy.models import Organization
from tenancy.selectors import access

SLIP_KINDS = (
    "referral",
    "thank_you",
    "one_to_one",
    "education_credit",
    "testimonial",
    "other_help",
)


class MeetingSlipSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=SLIP_KINDS)
    id = serializers.UUIDField()
    created_at = serializers.DateTimeField()
    by_name = serializers.CharField(help_text="The member who gave, thanked, met or learned.")
    to_name = serializers.CharField(help_text="Whom it was for (empty when nobody).")
    detail = serializers.CharField(help_text="Tier, amount, mode, title or kind of help.")


class MeetingSlipsSerializer(serializers.Serializer[Any]):
    meeting = serializers.UUIDField()
    slips = MeetingSlipSerializer(many=True)


class MeetingSlipsApi(OrganizationApiView):
    """The slips of one meeting's weekly report, for the chapter's leaders and staff."""

    required_scopes = {"GET": [scopes.ATTENDANCE_READ]}

    @extend_schema(
        operation_id="meeting_slips",
        responses={200: MeetingSlipsSerializer, **errors(401, 403, 404)},
        summary="The slips that belong to the meeting's weekly report (its week), oldest first",
    )
    def get(self, request: Request, organization: Organization, meeting_id: UUID) -> Response:
        meeting = access(Meeting, organization=organization, pk=meeting_id)
        self.authorize_chapter(meeting.chapter_id)
        slips = selectors.meeting_slips(meeting=meeting)
        return Response(MeetingSlipsSerializer({"meeting": meeting.pk, "slips": slips}).data)
