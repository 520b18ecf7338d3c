from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.views import OrganizationApiView
from audit.models import AuditEvent
from audit.selectors import audit_changes, audit_event_list, audit_names
from tenancy.models import Organization


class AuditActorSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    name = serializers.CharField()


class AuditChangeSerializer(serializers.Serializer[Any]):
    field = serializers.CharField()
    before = serializers.JSONField(
        allow_null=True, help_text="The old value; a name where the value was an id."
    )
    after = serializers.JSONField(
        allow_null=True, help_text="The new value; a name where the value is an id."
    )


class AuditEventSerializer(serializers.Serializer[AuditEvent]):
    id = serializers.UUIDField()
    actor = AuditActorSerializer(allow_null=True)
    action = serializers.CharField()
    target_type = serializers.CharField()
    target_id = serializers.CharField()
    target_name = serializers.SerializerMethodField(
        help_text="What the target is called (a seat's person, a chapter's name), when known."
    )
    changes = serializers.SerializerMethodField(
        help_text="Field by field, what changed, ids shown as the names they point to."
    )
    before = serializers.JSONField(allow_null=True)
    after = serializers.JSONField(allow_null=True)
    ip = serializers.IPAddressField(allow_null=True)
    created_at = serializers.DateTimeField()

    def get_target_name(self, event: AuditEvent) -> str | None:
        return self.context["names"].get((event.target_type, event.target_id))

    @extend_schema_field(AuditChangeSerializer(many=True))
    def get_changes(self, event: AuditEvent) -> list[dict[str, Any]]:
        return audit_changes(event, self.context["names"])


class AuditEventListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.AUDIT_READ]}

    @extend_schema(
        operation_id="audit_event_list",
        parameters=[
            OpenApiParameter("action", str),
            OpenApiParameter("target_type", str),
            OpenApiParameter("target_id", str),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(AuditEventSerializer), **errors(400, 401, 403, 404)},
        summary="The organization's audit trail, newest first",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        params = request.query_params
        events = audit_event_list(
            organization=organization,
            action=params.get("action"),
            target_type=params.get("target_type"),
            target_id=params.get("target_id"),
        )
        return self.paginate(
            request,
            events,
            AuditEventSerializer,
            page_context=lambda page: {"names": audit_names(events=page)},
        )
