"""Invitations: leaders invite to their chapter's seats, staff to the organization; the person
invited opens the link, signs up or in, and accepts. Thin views."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.authentication import BrowserSessionAuthentication, SessionTokenAuthentication
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView, PublicOrganizationApiView
from groups import invitations
from groups.models import Chapter, Invitation, Member
from tenancy.models import Organization, Role
from tenancy.selectors import access, access_related

INVITABLE_ROLES = [(Role.MEMBER, "Member"), (Role.STAFF, "Staff"), (Role.ADMIN, "Admin")]
ORGANIZATION_INVITES = "Only staff invite people to the organization without a chapter seat."
ROLE_INVITES = "Only owners and admins invite with a role other than member."


class InvitationSerializer(serializers.Serializer[Invitation]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices)
    chapter = serializers.UUIDField(source="chapter_id", allow_null=True)
    member = serializers.UUIDField(source="member_id", allow_null=True)
    member_name = serializers.CharField(source="member.name", allow_null=True, default=None)
    status = serializers.ChoiceField(choices=Invitation.Status.choices)
    expires_at = serializers.DateTimeField()
    sent_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()


class InvitationCreateSerializer(InputSerializer):
    email = serializers.EmailField()
    name = serializers.CharField(
        max_length=150, required=False, allow_blank=True, help_text="For a new seat."
    )
    chapter = serializers.UUIDField(required=False, allow_null=True)
    member = serializers.UUIDField(
        required=False, allow_null=True, help_text="An existing seat not yet signed up."
    )
    role = serializers.ChoiceField(choices=INVITABLE_ROLES, required=False)


class InvitationFilterSerializer(ListFilterSerializer):
    chapter = serializers.UUIDField(required=False)
    status = serializers.ChoiceField(choices=Invitation.Status.choices, required=False)


class InvitationListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.MEMBERS_WRITE], "POST": [scopes.MEMBERS_WRITE]}

    @extend_schema(
        operation_id="invitation_list",
        summary="Invitations sent to join chapters, newest first",
        parameters=[
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("status", str, enum=Invitation.Status.values),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(InvitationSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = InvitationFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = Invitation.objects.filter(organization=organization).select_related("member")
        allowed = self.allowed_chapters()
        if allowed is not None:
            found = found.filter(chapter_id__in=allowed)
        if "chapter" in filters.validated_data:
            found = found.filter(chapter_id=filters.validated_data["chapter"])
        if "status" in filters.validated_data:
            found = found.filter(status=filters.validated_data["status"])
        return self.paginate(request, found, InvitationSerializer)

    @extend_schema(
        operation_id="invitation_create",
        request=InvitationCreateSerializer,
        responses={201: InvitationSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Invite someone by email, into a chapter seat or the organization",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = InvitationCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        chapter = access_related(
            Chapter, organization=organization, pk=data.pop("chapter", None), field="chapter"
        )
        member = access_related(
            Member, organization=organization, pk=data.pop("member", None), field="member"
        )
        target = chapter.pk if chapter else (member.chapter_id if member else None)
        if target is None and self.allowed_chapters() is not None:
            raise exceptions.PermissionDenied(ORGANIZATION_INVITES)
        self.authorize_chapter(target)
        if data.get("role", Role.MEMBER) != Role.MEMBER and not self.has_scope(scopes.PEOPLE_WRITE):
            raise exceptions.PermissionDenied(ROLE_INVITES)
        invitation = invitations.invitation_create(
            actor=request.user, chapter=chapter, member=member, **data
        )
        return Response(InvitationSerializer(invitation).data, status=status.HTTP_201_CREATED)


def _invitation_action(action: str, summary: str) -> type[OrganizationApiView]:
    service = getattr(invitations, f"invitation_{action}")

    class InvitationActionApi(OrganizationApiView):
        required_scopes = {"POST": [scopes.MEMBERS_WRITE]}

        @extend_schema(
            operation_id=f"invitation_{action}",
            request=None,
            responses={200: InvitationSerializer, **errors(401, 403, 404, 409)},
            summary=summary,
        )
        def post(
            self, request: Request, organization: Organization, invitation_id: UUID
        ) -> Response:
            invitation = access(Invitation, organization=organization, pk=invitation_id)
            if invitation.chapter_id is None and self.allowed_chapters() is not None:
                raise exceptions.PermissionDenied(ORGANIZATION_INVITES)
            self.authorize_chapter(invitation.chapter_id)
            invitation = service(invitation=invitation, actor=request.user)
            return Response(InvitationSerializer(invitation).data)

    InvitationActionApi.__name__ = InvitationActionApi.__qualname__ = (
        f"Invitation{action.title()}Api"
    )
    return InvitationActionApi


InvitationResendApi = _invitation_action("resend", "Send a fresh link with a new expiry")
InvitationRevokeApi = _invitation_action("revoke", "Withdraw a pending invitation")


# --- the link ---------------------------------------------------------------------------------


class InvitationLinkSerializer(serializers.Serializer[Any]):
    organization_name = serializers.CharField()
    chapter_name = serializers.CharField(allow_null=True)
    email = serializers.EmailField()
    role = serializers.ChoiceField(choices=Role.choices)
    status = serializers.ChoiceField(choices=Invitation.Status.choices)
    expires_at = serializers.DateTimeField()
    expired = serializers.BooleanField()


def _by_token(token: str) -> Invitation:
    invitation = Invitation.objects.select_related("chapter", "member").filter(token=token).first()
    if invitation is None:
        raise exceptions.NotFound()
    return invitation


def _link(organization: Organization, invitation: Invitation) -> dict[str, Any]:
    return {
        "organization_name": organization.name,
        "chapter_name": invitation.chapter.name if invitation.chapter else None,
        "email": invitation.email,
        "role": invitation.role,
        "status": invitation.status,
        "expires_at": invitation.expires_at,
        "expired": invitation.expires_at < timezone.now(),
    }


class InvitationLinkApi(PublicOrganizationApiView):
    @extend_schema(
        operation_id="invitation_link_retrieve",
        auth=[],
        responses={200: InvitationLinkSerializer, **errors(404, 429)},
        summary="What an invitation link offers (no account needed to look)",
    )
    def get(self, request: Request, organization: Organization, token: str) -> Response:
        invitation = _by_token(token)
        return Response(InvitationLinkSerializer(_link(organization, invitation)).data)


class InvitationAcceptApi(PublicOrganizationApiView):
    authentication_classes = [SessionTokenAuthentication, BrowserSessionAuthentication]
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="invitation_accept",
        request=None,
        responses={200: InvitationLinkSerializer, **errors(401, 404, 409, 429)},
        summary="Accept the invitation as the signed-in person (409 for another email)",
    )
    def post(self, request: Request, organization: Organization, token: str) -> Response:
        invitation = invitations.invitation_accept(invitation=_by_token(token), user=request.user)
        return Response(InvitationLinkSerializer(_link(organization, invitation)).data)
