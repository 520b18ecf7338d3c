from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.permissions import scopes_for_role
from api.schema import errors
from api.views import ApiView
from tenancy.models import Role
from tenancy.selectors import user_memberships


class MeOrganizationSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField(source="organization.id")
    slug = serializers.CharField(source="organization.slug")
    name = serializers.CharField(source="organization.name")
    role = serializers.ChoiceField(choices=Role.choices)
    region = serializers.UUIDField(source="region_id", allow_null=True)
    scopes = serializers.SerializerMethodField(
        help_text="What this role may do here, e.g. `people:write` (the API enforces the same)."
    )

    def get_scopes(self, membership: Any) -> list[str]:
        return sorted(scopes_for_role(membership.role))


class MeSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    name = serializers.CharField()
    organizations = MeOrganizationSerializer(many=True)


class MeApi(ApiView):
    @extend_schema(
        operation_id="me_retrieve",
        responses={200: MeSerializer, **errors(401)},
        summary="The signed-in person, their organizations and roles",
    )
    def get(self, request: Request) -> Response:
        user = request.user
        data = {
            "id": user.pk,
            "email": user.email,  # type: ignore[union-attr]
            "name": user.name,  # type: ignore[union-attr]
            "organizations": user_memberships(user=user),  # type: ignore[arg-type]
        }
        return Response(MeSerializer(data).data)
