"""Applications and the membership committee's decisions. Thin views.

The committee's notes are confidential: they are in a response only for callers who may decide
applications in that chapter (the membership committee, the president, staff).
"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView
from groups import applications, selectors
from groups.models import Application, Category, Chapter, Visitor
from tenancy.models import Organization
from tenancy.selectors import access, access_related


class ApplicationSerializer(serializers.Serializer[Application]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(source="chapter_id")
    visitor = serializers.UUIDField(source="visitor_id", allow_null=True)
    name = serializers.CharField()
    email = serializers.EmailField()
    phone = serializers.CharField()
    business_name = serializers.CharField()
    category = serializers.UUIDField(source="category_id", allow_null=True)
    category_name = serializers.CharField(source="category.name", allow_null=True, default=None)
    sponsor_name = serializers.CharField(source="sponsor.name", allow_null=True, default=None)
    status = serializers.ChoiceField(choices=Application.Status.choices)
    committee_notes = serializers.SerializerMethodField(
        help_text="Confidential: null unless you may decide applications in this chapter."
    )
    decided_at = serializers.DateTimeField(allow_null=True)
    payment_due_on = serializers.DateField(allow_null=True)
    member = serializers.UUIDField(source="member_id", allow_null=True)
    created_at = serializers.DateTimeField()

    def get_committee_notes(self, application: Application) -> str | None:
        view = self.context["view"]
        if view.has_scope(scopes.APPLICATIONS_DECIDE, application.chapter_id):
            return application.committee_notes
        return None


class ApplicationCreateSerializer(InputSerializer):
    chapter = serializers.UUIDField()
    visitor = serializers.UUIDField(required=False, allow_null=True)
    name = serializers.CharField(max_length=150, required=False, allow_blank=True)
    email = serializers.EmailField(required=False, allow_blank=True)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    category = serializers.UUIDField(required=False, allow_null=True)


class ApplicationFilterSerializer(ListFilterSerializer):
    chapter = serializers.UUIDField(required=False)
    status = serializers.ChoiceField(choices=Application.Status.choices, required=False)


class DecisionSerializer(InputSerializer):
    notes = serializers.CharField(max_length=4000, required=False, allow_blank=True)


class ApplicationListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.APPLICATIONS_READ], "POST": [scopes.APPLICATIONS_WRITE]}

    @extend_schema(
        operation_id="application_list",
        summary="Membership applications, newest first, in the chapters the caller may see",
        parameters=[
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("status", str, enum=Application.Status.values),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(ApplicationSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = ApplicationFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = selectors.application_list(
            organization=organization, chapters=self.allowed_chapters(), **filters.validated_data
        )
        return self.paginate(request, found, ApplicationSerializer)

    @extend_schema(
        operation_id="application_submit",
        request=ApplicationCreateSerializer,
        responses={201: ApplicationSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Record an application, from a visitor record or directly",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        body = ApplicationCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data: dict[str, Any] = dict(body.validated_data)
        chapter = access_related(
            Chapter, organization=organization, pk=data.pop("chapter"), field="chapter"
        )
        assert chapter is not None
        self.authorize_chapter(chapter.pk)
        data["visitor"] = access_related(
            Visitor, organization=organization, pk=data.get("visitor"), field="visitor"
        )
        data["category"] = access_related(
            Category, organization=organization, pk=data.get("category"), field="category"
        )
        application = applications.application_submit(chapter=chapter, actor=request.user, **data)
        return Response(
            ApplicationSerializer(application, context={"view": self}).data,
            status=status.HTTP_201_CREATED,
        )


class ApplicationDetailApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.APPLICATIONS_READ], "PATCH": [scopes.APPLICATIONS_DECIDE]}

    class NotesSerializer(InputSerializer):
        committee_notes = serializers.CharField(max_length=8000, allow_blank=True)

    @extend_schema(
        operation_id="application_retrieve",
        summary="One membership application with its interview and decision",
        responses={200: ApplicationSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, application_id: UUID) -> Response:
        application = access(Application, organization=organization, pk=application_id)
        self.authorize_chapter(application.chapter_id)
        return Response(ApplicationSerializer(application, context={"view": self}).data)

    @extend_schema(
        operation_id="application_update_notes",
        request=NotesSerializer,
        responses={200: ApplicationSerializer, **errors(400, 401, 403, 404)},
        summary="Replace the committee's confidential notes",
    )
    def patch(self, request: Request, organization: Organization, application_id: UUID) -> Response:
        application = access(Application, organization=organization, pk=application_id)
        self.authorize_chapter(application.chapter_id)
        body = self.NotesSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        application = applications.application_update_notes(
            application=application,
            actor=request.user,
            notes=body.validated_data["committee_notes"],
        )
        return Response(ApplicationSerializer(application, context={"view": self}).data)


def _decision_view(approve: bool) -> type[OrganizationApiView]:
    verb = "approve" if approve else "decline"

    class DecisionApi(OrganizationApiView):
        required_scopes = {"POST": [scopes.APPLICATIONS_DECIDE]}

        @extend_schema(
            operation_id=f"application_{verb}",
            request=DecisionSerializer,
            responses={200: ApplicationSerializer, **errors(400, 401, 403, 404, 409)},
            summary=(
                "Approve: a pending seat is created and the payment window opens (409 when the "
                "category is held)"
                if approve
                else "Decline the application"
            ),
        )
        def post(
            self, request: Request, organization: Organization, application_id: UUID
        ) -> Response:
            application = access(Application, organization=organization, pk=application_id)
            self.authorize_chapter(application.chapter_id)
            body = DecisionSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            application = applications.application_decide(
                application=application,
                actor=request.user,
                approve=approve,
                notes=body.validated_data.get("notes", ""),
            )
            return Response(ApplicationSerializer(application, context={"view": self}).data)

    DecisionApi.__name__ = DecisionApi.__qualname__ = f"Application{verb.title()}Api"
    return DecisionApi


ApplicationApproveApi = _decision_view(approve=True)
ApplicationDeclineApi = _decision_view(approve=False)


class ApplicationPaymentApi(OrganizationApiView):
    required_scopes = {"POST": [scopes.APPLICATIONS_WRITE]}

    @extend_schema(
        operation_id="application_record_payment",
        request=None,
        responses={200: ApplicationSerializer, **errors(401, 403, 404, 409)},
        summary="The applicant paid: the seat becomes active (409 after the payment window)",
    )
    def post(self, request: Request, organization: Organization, application_id: UUID) -> Response:
        application = access(Application, organization=organization, pk=application_id)
        self.authorize_chapter(application.chapter_id)
        application = applications.application_record_payment(
            application=application, actor=request.user
        )
        return Response(ApplicationSerializer(application, context={"view": self}).data)
