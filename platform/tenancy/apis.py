"""Organizations, regions and people (memberships). Thin views: parse, call, serialize."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer
from api.views import ApiView, OrganizationApiView
from tenancy import selectors, services
from tenancy.models import Organization, OrganizationMembership, Region, Role
from tenancy.policies import (
    INT_BOUNDS,
    POLICIES,
    POLICY_PRESENTATION,
    POLICY_SECTIONS,
    effective_policies,
    validate_policies,
)
from tenancy.validators import (
    SLUG_INVALID,
    SLUG_PATTERN,
    validate_currency,
    validate_slug_not_reserved,
    validate_time_zone,
)


def _django_validator(validator: Any) -> Any:
    """Run a Django validator inside a DRF field, keeping its message."""

    def run(value: Any) -> None:
        try:
            validator(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc

    return run


class PoliciesField(serializers.JSONField):
    def to_internal_value(self, data: Any) -> Any:
        value = super().to_internal_value(data)
        try:
            validate_policies(value)
        except DjangoValidationError as exc:
            detail = exc.message_dict if hasattr(exc, "error_dict") else exc.messages
            raise serializers.ValidationError(detail) from exc
        return value


class OrganizationSerializer(serializers.Serializer[Organization]):
    id = serializers.UUIDField()
    slug = serializers.CharField()
    name = serializers.CharField()
    currency = serializers.CharField()
    time_zone = serializers.CharField()
    settings = serializers.SerializerMethodField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def get_settings(self, organization: Organization) -> dict[str, Any]:
        return effective_policies(organization.settings)


class OrganizationCreateApi(ApiView):
    class OrganizationCreateSerializer(InputSerializer):
        name = serializers.CharField(max_length=200)
        slug = serializers.RegexField(
            SLUG_PATTERN,
            error_messages={"invalid": SLUG_INVALID},
            validators=[_django_validator(validate_slug_not_reserved)],
        )
        currency = serializers.CharField(validators=[_django_validator(validate_currency)])
        time_zone = serializers.CharField(validators=[_django_validator(validate_time_zone)])
        settings = PoliciesField(required=False)

    @extend_schema(
        operation_id="organization_create",
        request=OrganizationCreateSerializer,
        responses={201: OrganizationSerializer, **errors(400, 401, 409)},
        summary="Create an organization; you become its owner",
    )
    def post(self, request: Request) -> Response:
        serializer = self.OrganizationCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        organization = services.organization_create(actor=request.user, **serializer.validated_data)
        return Response(OrganizationSerializer(organization).data, status=status.HTTP_201_CREATED)


class OrganizationDetailApi(OrganizationApiView):
    required_scopes = {
        "GET": [scopes.ORGANIZATION_READ],
        "PATCH": [scopes.ORGANIZATION_WRITE],
    }

    class OrganizationUpdateSerializer(InputSerializer):
        name = serializers.CharField(max_length=200, required=False)
        currency = serializers.CharField(
            required=False, validators=[_django_validator(validate_currency)]
        )
        time_zone = serializers.CharField(
            required=False, validators=[_django_validator(validate_time_zone)]
        )
        settings = PoliciesField(required=False)

    @extend_schema(
        operation_id="organization_retrieve",
        summary="The organization: its name, settings and policies",
        responses={200: OrganizationSerializer, **errors(401, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        return Response(OrganizationSerializer(organization).data)

    @extend_schema(
        operation_id="organization_update",
        request=OrganizationUpdateSerializer,
        responses={200: OrganizationSerializer, **errors(400, 401, 403, 404)},
        summary="Change the organization's name, currency, time zone or policies",
    )
    def patch(self, request: Request, organization: Organization) -> Response:
        serializer = self.OrganizationUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        organization = services.organization_update(
            organization=organization, actor=request.user, **serializer.validated_data
        )
        return Response(OrganizationSerializer(organization).data)


class RegionSerializer(serializers.Serializer[Region]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class RegionWriteSerializer(InputSerializer):
    name = serializers.CharField(max_length=120)


class RegionListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.REGIONS_READ], "POST": [scopes.REGIONS_WRITE]}

    @extend_schema(
        operation_id="region_list",
        summary="Regions, newest first",
        parameters=[*PAGE_PARAMETERS],
        responses={200: paginated(RegionSerializer), **errors(400, 401, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        return self.paginate(
            request, selectors.region_list(organization=organization), RegionSerializer
        )

    @extend_schema(
        operation_id="region_create",
        summary="Add a region (409 when the name is taken)",
        request=RegionWriteSerializer,
        responses={201: RegionSerializer, **errors(400, 401, 403, 404, 409)},
    )
    def post(self, request: Request, organization: Organization) -> Response:
        serializer = RegionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        region = services.region_create(
            organization=organization, actor=request.user, **serializer.validated_data
        )
        return Response(RegionSerializer(region).data, status=status.HTTP_201_CREATED)


class RegionDetailApi(OrganizationApiView):
    required_scopes = {
        "GET": [scopes.REGIONS_READ],
        "PATCH": [scopes.REGIONS_WRITE],
        "DELETE": [scopes.REGIONS_WRITE],
    }

    @extend_schema(
        operation_id="region_retrieve",
        summary="One region",
        responses={200: RegionSerializer, **errors(401, 404)},
    )
    def get(self, request: Request, organization: Organization, region_id: str) -> Response:
        region = selectors.access(Region, organization=organization, pk=region_id)
        return Response(RegionSerializer(region).data)

    @extend_schema(
        operation_id="region_update",
        summary="Rename a region",
        request=RegionWriteSerializer,
        responses={200: RegionSerializer, **errors(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, organization: Organization, region_id: str) -> Response:
        region = selectors.access(Region, organization=organization, pk=region_id)
        serializer = RegionWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        region = services.region_update(
            region=region, actor=request.user, **serializer.validated_data
        )
        return Response(RegionSerializer(region).data)

    @extend_schema(
        operation_id="region_delete",
        summary="Delete a region (409 while region directors are assigned to it)",
        responses={204: None, **errors(401, 403, 404, 409)},
    )
    def delete(self, request: Request, organization: Organization, region_id: str) -> Response:
        region = selectors.access(Region, organization=organization, pk=region_id)
        services.region_delete(region=region, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PersonUserSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    name = serializers.CharField()


class PersonSerializer(serializers.Serializer[OrganizationMembership]):
    id = serializers.UUIDField()
    user = PersonUserSerializer()
    role = serializers.ChoiceField(choices=Role.choices)
    region = serializers.UUIDField(source="region_id", allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


SEARCH_TOO_SHORT = "Type at least 2 letters."


class PeopleListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.PEOPLE_READ]}

    @extend_schema(
        operation_id="person_list",
        summary="People of the organization with their roles, newest first",
        parameters=[
            OpenApiParameter("role", str, enum=Role.values),
            OpenApiParameter("search", str, description="Part of a name or an email (2+ letters)"),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(PersonSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        role = request.query_params.get("role")
        if role is not None and role not in Role.values:
            raise serializers.ValidationError({"role": [services.UNKNOWN_ROLE]})
        search = request.query_params.get("search")
        if search is not None and len(search.strip()) < 2:
            raise serializers.ValidationError({"search": [SEARCH_TOO_SHORT]})
        people = selectors.membership_list(
            organization=organization, role=role, search=search.strip() if search else None
        )
        return self.paginate(request, people, PersonSerializer)


class PersonDetailApi(OrganizationApiView):
    required_scopes = {
        "GET": [scopes.PEOPLE_READ],
        "PATCH": [scopes.PEOPLE_WRITE],
        "DELETE": [scopes.PEOPLE_WRITE],
    }

    class PersonUpdateSerializer(InputSerializer):
        role = serializers.ChoiceField(choices=Role.choices)
        region = serializers.UUIDField(required=False, allow_null=True)

    @extend_schema(
        operation_id="person_retrieve",
        summary="One person of the organization and their role",
        responses={200: PersonSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, person_id: str) -> Response:
        membership = selectors.access(
            OrganizationMembership, organization=organization, pk=person_id
        )
        return Response(PersonSerializer(membership).data)

    @extend_schema(
        operation_id="person_update",
        request=PersonUpdateSerializer,
        responses={200: PersonSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Change a person's role (and region, for region directors)",
    )
    def patch(self, request: Request, organization: Organization, person_id: str) -> Response:
        membership = selectors.access(
            OrganizationMembership, organization=organization, pk=person_id
        )
        serializer = self.PersonUpdateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        region = selectors.access_related(
            Region,
            organization=organization,
            pk=serializer.validated_data.get("region"),
            field="region",
        )
        membership = services.membership_update(
            membership=membership,
            actor_membership=self.membership,
            role=serializer.validated_data["role"],
            region=region,
        )
        return Response(PersonSerializer(membership).data)

    @extend_schema(
        operation_id="person_delete",
        summary="Remove a person from the organization",
        responses={204: None, **errors(401, 403, 404, 409)},
    )
    def delete(self, request: Request, organization: Organization, person_id: str) -> Response:
        membership = selectors.access(
            OrganizationMembership, organization=organization, pk=person_id
        )
        services.membership_delete(membership=membership, actor_membership=self.membership)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PolicySerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    type = serializers.ChoiceField(choices=["boolean", "integer"])
    default = serializers.JSONField()
    description = serializers.CharField(help_text="One line of help, in a leader's words.")
    # The metaclass moves declared fields out of the class, so this does not shadow Field.label.
    label = serializers.CharField(help_text="What the settings page calls it.")  # type: ignore[assignment]
    section = serializers.ChoiceField(
        choices=POLICY_SECTIONS, help_text="The settings page groups policies by section."
    )
    section_label = serializers.CharField(help_text="The section's heading.")
    minimum = serializers.IntegerField(allow_null=True)
    maximum = serializers.IntegerField(allow_null=True)


class PolicyListApi(ApiView):
    @extend_schema(
        operation_id="policy_list",
        responses={200: PolicySerializer(many=True), **errors(401)},
        summary="The policies an organization can set in `settings`, with defaults and bounds",
    )
    def get(self, request: Request) -> Response:
        policies = [
            {
                "name": name,
                "type": "boolean" if kind is bool else "integer",
                "default": default,
                "description": description,
                "section": POLICY_PRESENTATION[name][0],
                "section_label": dict(POLICY_SECTIONS)[POLICY_PRESENTATION[name][0]],
                "label": POLICY_PRESENTATION[name][1],
                "minimum": INT_BOUNDS.get(name, (None, None))[0],
                "maximum": INT_BOUNDS.get(name, (None, None))[1],
            }
            for name, (kind, default, description) in POLICIES.items()
        ]
        return Response(PolicySerializer(policies, many=True).data)
