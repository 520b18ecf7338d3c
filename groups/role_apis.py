"""Chapter roles: who leads each chapter and for which term. Thin views."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import errors
from api.serializers import InputSerializer
from api.views import OrganizationApiView
from groups import roles, selectors
from groups.models import Chapter, ChapterRole, Member
from tenancy.models import Organization
from tenancy.selectors import access, access_related


class ChapterRoleSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(source="chapter_id")
    member = serializers.UUIDField(source="member_id")
    member_name = serializers.CharField(source="member.name")
    role = serializers.ChoiceField(choices=ChapterRole.Kind.choices)
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()


class ChapterRoleCreateSerializer(InputSerializer):
    member = serializers.UUIDField()
    role = serializers.ChoiceField(choices=ChapterRole.Kind.choices)
    starts_on = serializers.DateField(required=False, help_text="Defaults to today.")
    ends_on = serializers.DateField(required=False, help_text="Defaults to a year's term.")


class ChapterRoleUpdateSerializer(InputSerializer):
    starts_on = serializers.DateField(required=False)
    ends_on = serializers.DateField(required=False)


class ChapterRoleListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CHAPTERS_READ], "POST": [scopes.CHAPTERS_WRITE]}

    @extend_schema(
        operation_id="chapter_role_list",
        parameters=[OpenApiParameter("current", bool, description="Only terms running today")],
        responses={200: ChapterRoleSerializer(many=True), **errors(400, 401, 403, 404)},
        summary="The chapter's leadership roles, latest terms first",
    )
    def get(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        current = serializers.BooleanField().to_internal_value(
            request.query_params.get("current", "false")
        )
        found = selectors.chapter_role_list(chapter=chapter, current=current)
        return Response(ChapterRoleSerializer(found, many=True).data)

    @extend_schema(
        operation_id="chapter_role_assign",
        request=ChapterRoleCreateSerializer,
        responses={201: ChapterRoleSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Give a seat of the chapter a role for a term (409 when it overlaps the same role)",
    )
    def post(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        self.authorize_chapter(chapter.pk)
        body = ChapterRoleCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        member = access_related(
            Member, organization=organization, pk=data.pop("member"), field="member"
        )
        assert member is not None  # a required field of the body
        chapter_role = roles.chapter_role_assign(
            chapter=chapter, actor=request.user, member=member, **data
        )
        return Response(ChapterRoleSerializer(chapter_role).data, status=status.HTTP_201_CREATED)


class ChapterRoleDetailApi(OrganizationApiView):
    required_scopes = {"PATCH": [scopes.CHAPTERS_WRITE], "DELETE": [scopes.CHAPTERS_WRITE]}

    @extend_schema(
        operation_id="chapter_role_update",
        request=ChapterRoleUpdateSerializer,
        responses={200: ChapterRoleSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Change a term's dates (end it early, extend it)",
    )
    def patch(self, request: Request, organization: Organization, role_id: UUID) -> Response:
        chapter_role = access(ChapterRole, organization=organization, pk=role_id)
        self.authorize_chapter(chapter_role.chapter_id)
        body = ChapterRoleUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        chapter_role = roles.chapter_role_update(
            chapter_role=chapter_role, actor=request.user, **body.validated_data
        )
        return Response(ChapterRoleSerializer(chapter_role).data)

    @extend_schema(
        operation_id="chapter_role_remove",
        responses={204: None, **errors(401, 403, 404)},
        summary="Remove a role given by mistake",
    )
    def delete(self, request: Request, organization: Organization, role_id: UUID) -> Response:
        chapter_role = access(ChapterRole, organization=organization, pk=role_id)
        self.authorize_chapter(chapter_role.chapter_id)
        roles.chapter_role_remove(chapter_role=chapter_role, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
