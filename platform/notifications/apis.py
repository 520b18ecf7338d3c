"""The caller's own notifications and preferences, in one organization. Nobody reads anyone
else's: another person's notification answers 404."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView
from notifications import selectors, services
from notifications.kinds import KINDS
from notifications.models import Notification
from tenancy.models import Organization

ANYONE: list[str] = []  # every person in the organization has their own


class NotificationSerializer(serializers.Serializer[Notification]):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    title = serializers.CharField()
    body = serializers.CharField()
    link = serializers.CharField(help_text="A path in the app, or empty.")
    read = serializers.SerializerMethodField()
    read_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()

    def get_read(self, notification: Notification) -> bool:
        return notification.read_at is not None


class NotificationFilterSerializer(ListFilterSerializer):
    unread = serializers.BooleanField(required=False)


class NotificationListApi(OrganizationApiView):
    required_scopes = {"GET": ANYONE}

    @extend_schema(
        operation_id="notification_list",
        parameters=[OpenApiParameter("unread", bool), *PAGE_PARAMETERS],
        responses={200: paginated(NotificationSerializer), **errors(400, 401, 404)},
        summary="Your notifications in this organization, newest first",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = NotificationFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = selectors.inbox(
            organization=organization,
            user=request.user,
            unread=filters.validated_data.get("unread", False),
        )
        return self.paginate(request, found, NotificationSerializer)


class NotificationDetailApi(OrganizationApiView):
    required_scopes = {"PATCH": ANYONE}

    class MarkSerializer(InputSerializer):
        read = serializers.BooleanField()

    @extend_schema(
        operation_id="notification_mark",
        request=MarkSerializer,
        responses={200: NotificationSerializer, **errors(400, 401, 404)},
        summary="Mark one of your notifications read or unread",
    )
    def patch(
        self, request: Request, organization: Organization, notification_id: UUID
    ) -> Response:
        notification = (
            selectors.inbox(organization=organization, user=request.user)
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            raise exceptions.NotFound()
        body = self.MarkSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.notification_mark(notification=notification, read=body.validated_data["read"])
        return Response(NotificationSerializer(notification).data)


class MarkedSerializer(serializers.Serializer[Any]):
    marked = serializers.IntegerField()


class NotificationReadAllApi(OrganizationApiView):
    required_scopes = {"POST": ANYONE}

    @extend_schema(
        operation_id="notification_read_all",
        request=None,
        responses={200: MarkedSerializer, **errors(401, 404)},
        summary="Mark all your notifications read",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        marked = services.notifications_mark_all_read(
            inbox=selectors.inbox(organization=organization, user=request.user)
        )
        return Response({"marked": marked})


class PreferenceSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField(allow_null=True, help_text="None while the default holds.")
    kind = serializers.CharField()
    description = serializers.CharField()
    in_app = serializers.BooleanField()
    email = serializers.BooleanField()


class PreferenceInputSerializer(InputSerializer):
    kind = serializers.CharField(max_length=40, help_text="One of the kinds listed by GET.")
    in_app = serializers.BooleanField()
    email = serializers.BooleanField()

    def validate_kind(self, value: str) -> str:
        if value not in KINDS:
            raise serializers.ValidationError(f'"{value}" is not a kind of notification.')
        return value


class PreferencesInputSerializer(InputSerializer):
    preferences = PreferenceInputSerializer(many=True)


class NotificationPreferencesApi(OrganizationApiView):
    required_scopes = {"GET": ANYONE, "PUT": ANYONE}

    @extend_schema(
        operation_id="notification_preferences",
        responses={200: PreferenceSerializer(many=True), **errors(401, 404)},
        summary="How you want each kind of notification: in the app, by email",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        return Response(
            PreferenceSerializer(
                selectors.preferences(organization=organization, user=request.user), many=True
            ).data
        )

    @extend_schema(
        operation_id="notification_preferences_set",
        request=PreferencesInputSerializer,
        responses={200: PreferenceSerializer(many=True), **errors(400, 401, 404)},
        summary="Set your choice for the kinds listed (the others keep theirs)",
    )
    def put(self, request: Request, organization: Organization) -> Response:
        body = PreferencesInputSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        services.preferences_set(
            user=request.user, actor=request.user, choices=body.validated_data["preferences"]
        )
        return Response(
            PreferenceSerializer(
                selectors.preferences(organization=organization, user=request.user), many=True
            ).data
        )
