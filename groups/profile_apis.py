"""A person's own profile in an organization: one name, and what their seats say about them."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.serializers import InputSerializer
from api.views import OrganizationApiView
from groups import services
from groups.models import Member
from tenancy.models import Organization
from tenancy.policies import effective_policies

ORGANIZATION = "organization"
CHAPTER = "chapter"
LEADERS = "leaders"
AUDIENCES = [
    (ORGANIZATION, "Everyone in the organization"),
    (CHAPTER, "Your chapter, its leaders and the organization's staff"),
    (LEADERS, "Chapter leaders and the organization's staff only"),
]
PUBLIC_FIELDS = ("name", "business_name", "bio", "interests")
CONTACT_FIELDS = ("phone", "email", "website")


def profile_audiences(organization: Organization) -> dict[str, str]:
    """Who may see each field of a profile under the organization's contact policies (the same
    policies ``MemberReadApi.sees_contacts_of`` applies)."""
    policies = effective_policies(organization.settings)
    contacts = ORGANIZATION
    if policies["hide_contacts_from_other_chapters"]:
        contacts = CHAPTER
    if policies["contacts_leaders_only"]:
        contacts = LEADERS
    return {
        **dict.fromkeys(PUBLIC_FIELDS, ORGANIZATION),
        **dict.fromkeys(CONTACT_FIELDS, contacts),
    }


class ProfileSeatSerializer(serializers.Serializer[Member]):
    member = serializers.UUIDField(source="pk")
    chapter = serializers.UUIDField(source="chapter_id")
    chapter_name = serializers.CharField(source="chapter.name")
    status = serializers.ChoiceField(choices=Member.Status.choices)


class ProfileSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(help_text="The person's one name, on the account and seats.")
    email = serializers.EmailField()
    business_name = serializers.CharField()
    phone = serializers.CharField()
    website = serializers.CharField()
    bio = serializers.CharField()
    interests = serializers.ListField(child=serializers.CharField())
    seats = ProfileSeatSerializer(many=True)
    visible_to = serializers.DictField(
        child=serializers.ChoiceField(choices=AUDIENCES),
        help_text="Per field, who else may see it under the organization's policies.",
    )


class ProfileWriteSerializer(InputSerializer):
    name = serializers.CharField(max_length=150)
    business_name = serializers.CharField(max_length=200, allow_blank=True)
    phone = serializers.CharField(max_length=40, allow_blank=True)
    website = serializers.URLField(allow_blank=True)
    bio = serializers.CharField(allow_blank=True, max_length=4000)
    interests = serializers.ListField(child=serializers.CharField(max_length=60), max_length=30)


def _profile(organization: Organization, user: Any, seats: list[Member]) -> dict[str, Any]:
    first = seats[0] if seats else None
    return {
        "name": user.name,
        "email": user.email,
        **{field: getattr(first, field) if first else "" for field in services.PROFILE_SEAT_FIELDS},
        "interests": first.interests if first else [],
        "seats": seats,
        "visible_to": profile_audiences(organization),
    }


class ProfileApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.ORGANIZATION_READ], "PATCH": [scopes.ORGANIZATION_READ]}

    @extend_schema(
        operation_id="profile_retrieve",
        responses={200: ProfileSerializer, **errors(401, 403, 404)},
        summary="My profile here: my name, my seats' details and who may see each field",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        seats = list(
            Member.objects.filter(user=request.user)
            .select_related("chapter")
            .order_by("created_at", "id")
        )
        return Response(ProfileSerializer(_profile(organization, request.user, seats)).data)

    @extend_schema(
        operation_id="profile_update",
        request=ProfileWriteSerializer(partial=True),
        responses={200: ProfileSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Change my name (everywhere here) and my seats' details",
    )
    def patch(self, request: Request, organization: Organization) -> Response:
        serializer = ProfileWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        seats = services.profile_update(user=request.user, **serializer.validated_data)
        seats.sort(key=lambda seat: (seat.created_at, seat.pk))
        return Response(ProfileSerializer(_profile(organization, request.user, seats)).data)
