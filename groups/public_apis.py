"""A chapter's public visitor link: what a guest sees and the form they send, no account.

Found by the organization's slug and the chapter's secret token; anything else is 404. Shows
only what a chapter shows guests: its schedule, its next meetings, its members' names and
businesses (to say who invited you). A filled honeypot field gets the same answer as a real
registration and stores nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api.schema import errors
from api.serializers import InputSerializer
from api.views import PublicOrganizationApiView
from groups import selectors, visitors
from groups.models import HOLDING_STATUSES, Chapter, Meeting, Member, Visitor
from tenancy.models import Organization
from tenancy.selectors import access_related

logger = logging.getLogger(__name__)


def _chapter(token: str) -> Chapter:
    chapter = Chapter.objects.filter(
        visitor_token=token, status__in=(Chapter.Status.FORMING, Chapter.Status.ACTIVE)
    ).first()
    if chapter is None:
        raise exceptions.NotFound()
    return chapter


class PublicMeetingSerializer(serializers.Serializer[Meeting]):
    id = serializers.UUIDField()
    date = serializers.DateField()
    starts_at = serializers.DateTimeField()


class PublicMemberSerializer(serializers.Serializer[Member]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    business_name = serializers.CharField()


class PublicChapterSerializer(serializers.Serializer[Any]):
    organization_name = serializers.CharField()
    name = serializers.CharField()
    meeting_frequency = serializers.ChoiceField(choices=Chapter.Frequency.choices)
    meeting_weekday = serializers.IntegerField()
    meeting_start_time = serializers.TimeField(format="%H:%M")
    meeting_duration_minutes = serializers.IntegerField()
    time_zone = serializers.CharField()
    meeting_format = serializers.ChoiceField(choices=Chapter.Format.choices)
    meeting_place = serializers.CharField()
    meetings = PublicMeetingSerializer(many=True)
    members = PublicMemberSerializer(many=True)


class PublicVisitorSerializer(InputSerializer):
    meeting = serializers.UUIDField()
    name = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    profession = serializers.CharField(max_length=120, required=False, allow_blank=True)
    invited_by = serializers.UUIDField(required=False, allow_null=True)
    website = serializers.CharField(
        required=False, allow_blank=True, help_text="Leave empty (it catches robots)."
    )


class PublicRegistrationSerializer(serializers.Serializer[Any]):
    chapter = serializers.CharField()
    date = serializers.DateField()
    starts_at = serializers.DateTimeField()
    message = serializers.CharField()


SCHEDULE_FIELDS = (
    "name",
    "meeting_frequency",
    "meeting_weekday",
    "meeting_start_time",
    "meeting_duration_minutes",
    "time_zone",
    "meeting_format",
    "meeting_place",
)


class PublicChapterApi(PublicOrganizationApiView):
    @extend_schema(
        operation_id="public_chapter_retrieve",
        auth=[],
        responses={200: PublicChapterSerializer, **errors(404, 429)},
        summary="A chapter as its visitor link shows it (no account)",
    )
    def get(self, request: Request, organization: Organization, token: str) -> Response:
        chapter = _chapter(token)
        data = {
            **{field: getattr(chapter, field) for field in SCHEDULE_FIELDS},
            "organization_name": organization.name,
            "meetings": selectors.upcoming_meetings(chapter=chapter),
            "members": Member.objects.filter(chapter=chapter, status__in=HOLDING_STATUSES)
            .only("id", "name", "business_name")
            .order_by("name"),
        }
        return Response(PublicChapterSerializer(data).data)


class PublicVisitorRegisterApi(PublicOrganizationApiView):
    throttle_scope = "public_register"

    @extend_schema(
        operation_id="public_visitor_register",
        auth=[],
        request=PublicVisitorSerializer,
        responses={201: PublicRegistrationSerializer, **errors(400, 404, 409, 429)},
        summary="A guest registers for a meeting through the chapter's link (rate-limited)",
    )
    def post(self, request: Request, organization: Organization, token: str) -> Response:
        chapter = _chapter(token)
        body = PublicVisitorSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        meeting = access_related(
            Meeting, organization=organization, pk=data.pop("meeting"), field="meeting"
        )
        assert meeting is not None
        invited_by = access_related(
            Member, organization=organization, pk=data.pop("invited_by", None), field="invited_by"
        )
        if data.pop("website", ""):
            logger.info("groups.public_visitor.honeypot", extra={"chapter_id": str(chapter.pk)})
        else:
            visitors.visitor_register(
                chapter=chapter,
                meeting=meeting,
                actor=None,
                invited_by=invited_by,
                source=Visitor.Source.PUBLIC_LINK,
                **data,
            )
        answer = {
            "chapter": chapter.name,
            "date": meeting.date,
            "starts_at": meeting.starts_at,
            "message": f"You are registered. A confirmation is on its way to {data['email']}.",
        }
        return Response(PublicRegistrationSerializer(answer).data, status=status.HTTP_201_CREATED)
