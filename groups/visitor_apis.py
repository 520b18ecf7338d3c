"""Visitors: registration by members, the follow-up pipeline for leaders. Thin views."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import PermissionDenied
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView
from groups import selectors, visitors
from groups.models import Chapter, Meeting, Member, Visit, Visitor
from tenancy.models import Organization
from tenancy.selectors import access, access_related

NOT_YOUR_CHAPTER = "You can register visitors for your own chapter only."


class VisitSerializer(serializers.Serializer[Visit]):
    id = serializers.UUIDField()
    meeting = serializers.UUIDField(source="meeting_id")
    date = serializers.DateField(source="meeting.date")
    attended = serializers.BooleanField(allow_null=True)


class VisitorSerializer(serializers.Serializer[Visitor]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(source="chapter_id")
    name = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()
    business_name = serializers.CharField()
    profession = serializers.CharField()
    invited_by = serializers.UUIDField(source="invited_by_id", allow_null=True)
    invited_by_name = serializers.CharField(source="invited_by.name", allow_null=True, default=None)
    source = serializers.ChoiceField(choices=Visitor.Source.choices)  # type: ignore[assignment]
    status = serializers.ChoiceField(choices=Visitor.Status.choices)
    notes = serializers.CharField()
    visits = VisitSerializer(many=True, source="visits.all")
    created_at = serializers.DateTimeField()


class VisitorDetailsInput(InputSerializer):
    name = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    profession = serializers.CharField(max_length=120, required=False, allow_blank=True)


class VisitorCreateSerializer(VisitorDetailsInput):
    chapter = serializers.UUIDField()
    meeting = serializers.UUIDField()
    invited_by = serializers.UUIDField(
        required=False,
        allow_null=True,
        help_text="Leaders only: the inviting member (members invite as themselves).",
    )


class VisitorUpdateSerializer(InputSerializer):
    status = serializers.ChoiceField(choices=Visitor.Status.choices, required=False)
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)
    name = serializers.CharField(max_length=150, required=False)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    profession = serializers.CharField(max_length=120, required=False, allow_blank=True)


class VisitorFilterSerializer(ListFilterSerializer):
    chapter = serializers.UUIDField(required=False)
    status = serializers.ChoiceField(choices=Visitor.Status.choices, required=False)
    meeting = serializers.UUIDField(required=False)


class VisitorListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.VISITORS_READ], "POST": [scopes.VISITORS_INVITE]}

    @extend_schema(
        operation_id="visitor_list",
        parameters=[
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("status", str, enum=Visitor.Status.values),
            OpenApiParameter("meeting", UUID, description="Visitors registered for a meeting"),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(VisitorSerializer), **errors(400, 401, 403, 404)},
        summary="The visitor pipeline, newest first (leaders see their own chapters)",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = VisitorFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = selectors.visitor_list(
            organization=organization, chapters=self.allowed_chapters(), **filters.validated_data
        )
        return self.paginate(request, found, VisitorSerializer)

    @extend_schema(
        operation_id="visitor_register",
        request=VisitorCreateSerializer,
        responses={201: VisitorSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Register a guest for an upcoming meeting (409 over the visit limit)",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = VisitorCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        chapter = access_related(
            Chapter, organization=organization, pk=data.pop("chapter"), field="chapter"
        )
        meeting = access_related(
            Meeting, organization=organization, pk=data.pop("meeting"), field="meeting"
        )
        assert chapter is not None and meeting is not None  # required fields of the body
        own_seat = selectors.seat_of(user=request.user, chapter_id=chapter.pk)
        if self.has_scope(scopes.VISITORS_WRITE, chapter.pk):
            named = access_related(
                Member,
                organization=organization,
                pk=data.pop("invited_by", None),
                field="invited_by",
            )
            invited_by = named or own_seat
        elif own_seat is not None and data.pop("invited_by", None) in (None, own_seat.pk):
            invited_by = own_seat
        else:
            raise PermissionDenied(NOT_YOUR_CHAPTER)
        visit = visitors.visitor_register(
            chapter=chapter, meeting=meeting, actor=request.user, invited_by=invited_by, **data
        )
        visitor = selectors.visitor_list(organization=organization).get(pk=visit.visitor_id)
        return Response(VisitorSerializer(visitor).data, status=status.HTTP_201_CREATED)


class VisitorDetailApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.VISITORS_READ], "PATCH": [scopes.VISITORS_WRITE]}

    @extend_schema(
        operation_id="visitor_retrieve",
        summary="One visitor and their visits",
        responses={200: VisitorSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, visitor_id: UUID) -> Response:
        visitor = access(Visitor, organization=organization, pk=visitor_id)
        self.authorize_chapter(visitor.chapter_id)
        return Response(VisitorSerializer(visitor).data)

    @extend_schema(
        operation_id="visitor_update",
        request=VisitorUpdateSerializer,
        responses={200: VisitorSerializer, **errors(400, 401, 403, 404)},
        summary="Follow up: move the visitor along the pipeline, keep notes",
    )
    def patch(self, request: Request, organization: Organization, visitor_id: UUID) -> Response:
        visitor = access(Visitor, organization=organization, pk=visitor_id)
        self.authorize_chapter(visitor.chapter_id)
        body = VisitorUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        visitor = visitors.visitor_update(
            visitor=visitor, actor=request.user, **body.validated_data
        )
        return Response(VisitorSerializer(visitor).data)


class VisitorVisitCreateApi(OrganizationApiView):
    required_scopes = {"POST": [scopes.VISITORS_WRITE]}

    class VisitCreateSerializer(InputSerializer):
        meeting = serializers.UUIDField()

    @extend_schema(
        operation_id="visitor_visit_create",
        request=VisitCreateSerializer,
        responses={201: VisitorSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Register the visitor for another meeting (409 over the visit limit)",
    )
    def post(self, request: Request, organization: Organization, visitor_id: UUID) -> Response:
        visitor = access(Visitor, organization=organization, pk=visitor_id)
        self.authorize_chapter(visitor.chapter_id)
        body = self.VisitCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        meeting = access_related(
            Meeting, organization=organization, pk=body.validated_data["meeting"], field="meeting"
        )
        assert meeting is not None
        visitors.visitor_register(
            chapter=visitor.chapter,
            meeting=meeting,
            actor=request.user,
            name=visitor.name,
            email=visitor.email,
            invited_by=visitor.invited_by,
        )
        visitor = selectors.visitor_list(organization=organization).get(pk=visitor.pk)
        return Response(VisitorSerializer(visitor).data, status=status.HTTP_201_CREATED)


class VisitDetailApi(OrganizationApiView):
    required_scopes = {"PATCH": [scopes.VISITORS_WRITE]}

    class VisitUpdateSerializer(InputSerializer):
        attended = serializers.BooleanField(allow_null=True)

    @extend_schema(
        operation_id="visit_update",
        request=VisitUpdateSerializer,
        responses={200: VisitSerializer, **errors(400, 401, 403, 404)},
        summary="Mark whether the visitor came to the meeting",
    )
    def patch(self, request: Request, organization: Organization, visit_id: UUID) -> Response:
        visit = access(Visit, organization=organization, pk=visit_id)
        self.authorize_chapter(visit.meeting.chapter_id)
        body = self.VisitUpdateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        visit = visitors.visit_mark(
            visit=visit, actor=request.user, attended=body.validated_data["attended"]
        )
        return Response(VisitSerializer(visit).data)


NOT_YOUR_GUEST = "Only the member who invited this visitor changes what they registered."


class InvitedVisitorDetailsSerializer(InputSerializer):
    name = serializers.CharField(max_length=150, required=False)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    profession = serializers.CharField(max_length=120, required=False, allow_blank=True)


class InvitedVisitorMixin(OrganizationApiView):
    def own_seats(self, request: Request) -> list[UUID]:
        return list(Member.objects.filter(user=request.user).values_list("pk", flat=True))

    def invited(self, request: Request, organization: Organization) -> Any:
        """The visitors one of the caller's seats invited."""
        return selectors.visitor_list(organization=organization).filter(
            invited_by_id__in=self.own_seats(request)
        )

    def guest(self, request: Request, organization: Organization, visitor_id: UUID) -> Visitor:
        visitor = access(Visitor, organization=organization, pk=visitor_id)
        if visitor.invited_by_id not in self.own_seats(request):
            raise PermissionDenied(NOT_YOUR_GUEST)
        return visitor


class InvitedVisitorListApi(InvitedVisitorMixin):
    required_scopes = {"GET": [scopes.VISITORS_INVITE]}

    @extend_schema(
        operation_id="visitor_invited_list",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(VisitorSerializer), **errors(400, 401, 403, 404)},
        summary="The visitors you invited, newest first",
        description="Any member: the guests one of their seats registered, to fix or withdraw "
        "one registered by mistake.",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        return self.paginate(request, self.invited(request, organization), VisitorSerializer)


class InvitedVisitorApi(InvitedVisitorMixin):
    required_scopes = {"PATCH": [scopes.VISITORS_INVITE], "DELETE": [scopes.VISITORS_INVITE]}

    @extend_schema(
        operation_id="visitor_invited_change",
        request=InvitedVisitorDetailsSerializer,
        responses={200: VisitorSerializer, **errors(400, 401, 403, 404)},
        summary="Fix the details of a visitor you invited",
        description="The inviting member corrects the name, phone, business or profession "
        "they typed (the email is who the visitor is: withdraw and register again).",
    )
    def patch(self, request: Request, organization: Organization, visitor_id: UUID) -> Response:
        visitor = self.guest(request, organization, visitor_id)
        body = InvitedVisitorDetailsSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        visitors.visitor_update(visitor=visitor, actor=request.user, **body.validated_data)
        visitor = selectors.visitor_list(organization=organization).get(pk=visitor.pk)
        return Response(VisitorSerializer(visitor).data)

    @extend_schema(
        operation_id="visitor_invited_withdraw",
        request=None,
        responses={204: None, **errors(401, 403, 404, 409)},
        summary="Withdraw a visitor you registered by mistake",
        description="The visitor and their upcoming visits go; 409 once the chapter followed "
        "them up or a visit is past.",
    )
    def delete(self, request: Request, organization: Organization, visitor_id: UUID) -> Response:
        visitor = self.guest(request, organization, visitor_id)
        visitors.visitor_withdraw(visitor=visitor, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
