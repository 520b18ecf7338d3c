from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from accounts.mfa import has_totp, requires_mfa
from api.permissions import scopes_for_role
from api.schema import errors
from api.views import ApiView
from groups.models import ChapterRole, Member
from groups.selectors import user_chapter_standing
from tenancy.models import Role
from tenancy.selectors import user_memberships


class MeSeatSerializer(serializers.Serializer[Any]):
    member = serializers.UUIDField()
    chapter = serializers.UUIDField()
    chapter_name = serializers.CharField()
    status = serializers.ChoiceField(choices=Member.Status.choices)


class MeLeadSerializer(serializers.Serializer[Any]):
    chapter = serializers.UUIDField()
    chapter_name = serializers.CharField()
    roles = serializers.ListField(child=serializers.ChoiceField(choices=ChapterRole.Kind.choices))
    scopes = serializers.ListField(
        child=serializers.CharField(),
        help_text="What the roles add in this chapter, on top of the organization role's scopes.",
    )


class MeOrganizationSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField(source="organization.id")
    slug = serializers.CharField(source="organization.slug")
    name = serializers.CharField(source="organization.name")
    role = serializers.ChoiceField(choices=Role.choices)
    region = serializers.UUIDField(source="region_id", allow_null=True)
    scopes = serializers.SerializerMethodField(
        help_text="What this role may do here, e.g. `people:write` (the API enforces the same)."
    )

    seats = MeSeatSerializer(many=True, help_text="The person's seats in chapters here.")
    leads = MeLeadSerializer(
        many=True,
        help_text="Chapters the person leads today through a chapter role, and for a region "
        "director the chapters of their region.",
    )

    requires_mfa = serializers.SerializerMethodField(
        help_text="The organization requires two-factor authentication of everyone."
    )
    mfa_setup_required = serializers.SerializerMethodField(
        help_text=(
            "It requires two-factor authentication and the person has not set it up: its data "
            "answers 403 `mfa_required` until they do."
        )
    )

    def get_scopes(self, membership: Any) -> list[str]:
        return sorted(scopes_for_role(membership.role))

    def get_requires_mfa(self, membership: Any) -> bool:
        return requires_mfa(membership.organization)

    def get_mfa_setup_required(self, membership: Any) -> bool:
        return requires_mfa(membership.organization) and not self.context.get("has_mfa", False)

    def to_representation(self, membership: Any) -> dict[str, Any]:
        standing = user_chapter_standing(membership=membership)
        membership.seats, membership.leads = standing["seats"], standing["leads"]
        return super().to_representation(membership)


class MeSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    name = serializers.CharField()
    has_mfa = serializers.BooleanField(
        help_text="The person signs in with two-factor authentication (an authenticator app)."
    )
    organizations = MeOrganizationSerializer(many=True)


class MeApi(ApiView):
    @extend_schema(
        operation_id="me_retrieve",
        responses={200: MeSerializer, **errors(401)},
        summary="The signed-in person, their organizations and roles",
    )
    def get(self, request: Request) -> Response:
        user = request.user
        has_mfa = has_totp(user)
        data = {
            "id": user.pk,
            "email": user.email,  # type: ignore[union-attr]
            "name": user.name,  # type: ignore[union-attr]
            "has_mfa": has_mfa,
            "organizations": user_memberships(user=user),  # type: ignore[arg-type]
        }
        return Response(MeSerializer(data, context={"has_mfa": has_mfa}).data)
