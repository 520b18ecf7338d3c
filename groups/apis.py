"""Chapters, categories and member seats. Thin views: parse, call, serialize."""

from __future__ import annotations

import functools
from typing import Any
from uuid import UUID

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.schema import PAGE_PARAMETERS, errors, paginated
from api.serializers import InputSerializer, ListFilterSerializer
from api.views import OrganizationApiView
from groups import selectors, services
from groups.models import HOLDING_STATUSES, Category, Chapter, Member
from tenancy.models import Organization, Region
from tenancy.policies import effective_policies
from tenancy.selectors import access, access_related

# --- chapters ---------------------------------------------------------------------------------


@extend_schema_field(
    {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "07:00"}
)
class LocalTimeField(serializers.TimeField):
    """A wall-clock time in the chapter's time zone, as ``HH:MM``."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", input_formats=["%H:%M"], **kwargs)


class ChapterSerializer(serializers.Serializer[Chapter]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    region = serializers.UUIDField(source="region_id", allow_null=True)
    status = serializers.ChoiceField(choices=Chapter.Status.choices)
    meeting_frequency = serializers.ChoiceField(choices=Chapter.Frequency.choices)
    meeting_weekday = serializers.IntegerField(help_text="0 = Monday ... 6 = Sunday")
    meeting_start_time = LocalTimeField()
    meeting_duration_minutes = serializers.IntegerField()
    time_zone = serializers.CharField()
    meeting_format = serializers.ChoiceField(choices=Chapter.Format.choices)
    meeting_place = serializers.CharField()
    meeting_link = serializers.CharField()
    capacity = serializers.IntegerField()
    visitor_token = serializers.CharField(
        help_text="The chapter's public visitor link is /app/visit/{org_slug}/{visitor_token}."
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ChapterWriteSerializer(InputSerializer):
    name = serializers.CharField(max_length=120)
    region = serializers.UUIDField(required=False, allow_null=True)
    status = serializers.ChoiceField(choices=Chapter.Status.choices, required=False)
    meeting_frequency = serializers.ChoiceField(choices=Chapter.Frequency.choices, required=False)
    meeting_weekday = serializers.IntegerField(min_value=0, max_value=6, required=False)
    meeting_start_time = LocalTimeField()
    meeting_duration_minutes = serializers.IntegerField(min_value=15, max_value=480, required=False)
    time_zone = serializers.CharField(required=False)
    meeting_format = serializers.ChoiceField(choices=Chapter.Format.choices, required=False)
    meeting_place = serializers.CharField(max_length=300, required=False, allow_blank=True)
    meeting_link = serializers.URLField(required=False, allow_blank=True)
    capacity = serializers.IntegerField(min_value=1, max_value=500, required=False)


def _chapter_fields(organization: Organization, data: dict[str, Any]) -> dict[str, Any]:
    if "region" in data:
        data["region"] = access_related(
            Region, organization=organization, pk=data["region"], field="region"
        )
    return data


class ChapterListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CHAPTERS_READ], "POST": [scopes.CHAPTERS_WRITE]}

    @extend_schema(
        operation_id="chapter_list",
        summary="Chapters, newest first, optionally by status",
        parameters=[OpenApiParameter("status", str, enum=Chapter.Status.values), *PAGE_PARAMETERS],
        responses={200: paginated(ChapterSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        status_filter = request.query_params.get("status")
        if status_filter is not None and status_filter not in Chapter.Status.values:
            raise serializers.ValidationError({"status": ["Unknown status."]})
        chapters = selectors.chapter_list(organization=organization, status=status_filter)
        return self.paginate(request, chapters, ChapterSerializer)

    @extend_schema(
        operation_id="chapter_create",
        summary="Open a chapter with its meeting schedule",
        request=ChapterWriteSerializer,
        responses={201: ChapterSerializer, **errors(400, 401, 403, 404, 409)},
    )
    def post(self, request: Request, organization: Organization) -> Response:
        serializer = ChapterWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        chapter = services.chapter_create(
            organization=organization,
            actor=request.user,
            **_chapter_fields(organization, dict(serializer.validated_data)),
        )
        return Response(ChapterSerializer(chapter).data, status=status.HTTP_201_CREATED)


class ChapterDetailApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CHAPTERS_READ], "PATCH": [scopes.CHAPTERS_WRITE]}

    @extend_schema(
        operation_id="chapter_retrieve",
        summary="One chapter: its region, schedule and time zone",
        responses={200: ChapterSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        return Response(ChapterSerializer(chapter).data)

    @extend_schema(
        operation_id="chapter_update",
        summary="Change a chapter's name, region, schedule or status",
        request=ChapterWriteSerializer(partial=True),
        responses={200: ChapterSerializer, **errors(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        self.authorize_chapter(chapter.pk)
        serializer = ChapterWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        chapter = services.chapter_update(
            chapter=chapter,
            actor=request.user,
            **_chapter_fields(organization, dict(serializer.validated_data)),
        )
        return Response(ChapterSerializer(chapter).data)


class CategoryMapHolderSerializer(serializers.Serializer[Member]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    business_name = serializers.CharField()
    status = serializers.ChoiceField(choices=Member.Status.choices)


class CategoryMapEntrySerializer(serializers.Serializer[Any]):
    category = serializers.UUIDField(source="category.id")
    category_name = serializers.CharField(source="category.name")
    holder = CategoryMapHolderSerializer(allow_null=True)


class ChapterCategoryMapApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CHAPTERS_READ, scopes.CATEGORIES_READ]}

    @extend_schema(
        operation_id="chapter_category_map",
        responses={200: CategoryMapEntrySerializer(many=True), **errors(401, 403, 404)},
        summary="Which categories the chapter has filled, and which are open (most wanted)",
    )
    def get(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        entries = selectors.chapter_category_map(chapter=chapter)
        return Response(CategoryMapEntrySerializer(entries, many=True).data)


# --- categories -------------------------------------------------------------------------------


class CategorySerializer(serializers.Serializer[Category]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    specialties = serializers.ListField(child=serializers.CharField())
    is_active = serializers.BooleanField()


class CategoryWriteSerializer(InputSerializer):
    name = serializers.CharField(max_length=120)
    specialties = serializers.ListField(
        child=serializers.CharField(max_length=120), required=False, max_length=50
    )
    is_active = serializers.BooleanField(required=False)


class CategoryListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CATEGORIES_READ], "POST": [scopes.CATEGORIES_WRITE]}

    @extend_schema(
        operation_id="category_list",
        summary="Business categories (professions), by name, retired ones included",
        parameters=PAGE_PARAMETERS,
        responses={200: paginated(CategorySerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        categories = selectors.category_list(organization=organization)
        return self.paginate(request, categories, CategorySerializer)

    @extend_schema(
        operation_id="category_create",
        summary="Add a business category (409 when the name is taken)",
        request=CategoryWriteSerializer,
        responses={201: CategorySerializer, **errors(400, 401, 403, 404, 409)},
    )
    def post(self, request: Request, organization: Organization) -> Response:
        serializer = CategoryWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = dict(serializer.validated_data)
        data.pop("is_active", None)
        category = services.category_create(organization=organization, actor=request.user, **data)
        return Response(CategorySerializer(category).data, status=status.HTTP_201_CREATED)


class CategoryDetailApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.CATEGORIES_READ], "PATCH": [scopes.CATEGORIES_WRITE]}

    @extend_schema(
        operation_id="category_retrieve",
        summary="One business category with its specialties",
        responses={200: CategorySerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, category_id: UUID) -> Response:
        return Response(
            CategorySerializer(access(Category, organization=organization, pk=category_id)).data
        )

    @extend_schema(
        operation_id="category_update",
        summary="Rename a category, change its specialties, retire or restore it",
        request=CategoryWriteSerializer(partial=True),
        responses={200: CategorySerializer, **errors(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, organization: Organization, category_id: UUID) -> Response:
        category = access(Category, organization=organization, pk=category_id)
        serializer = CategoryWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        category = services.category_update(
            category=category, actor=request.user, **serializer.validated_data
        )
        return Response(CategorySerializer(category).data)


# --- members ----------------------------------------------------------------------------------


class MemberSerializer(serializers.Serializer[Member]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(source="chapter_id")
    user = serializers.UUIDField(source="user_id", allow_null=True)
    name = serializers.CharField()
    business_name = serializers.CharField()
    category = serializers.UUIDField(source="category_id", allow_null=True)
    category_name = serializers.CharField(source="category.name", allow_null=True, default=None)
    phone = serializers.CharField()
    email = serializers.SerializerMethodField()
    website = serializers.CharField()
    contacts_hidden = serializers.SerializerMethodField(
        help_text="True when the organization's policy hides this seat's phone, email and "
        "website from you (they are then empty)."
    )
    bio = serializers.CharField()
    interests = serializers.ListField(child=serializers.CharField())
    joined_on = serializers.DateField(allow_null=True)
    term_years = serializers.IntegerField()
    renewal_on = serializers.DateField(allow_null=True)
    sponsor = serializers.UUIDField(source="sponsor_id", allow_null=True)
    status = serializers.ChoiceField(choices=Member.Status.choices)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()

    def get_email(self, member: Member) -> str:
        return member.user.email if member.user else member.invited_email

    def get_contacts_hidden(self, member: Member) -> bool:
        return not self.context["view"].sees_contacts_of(member)

    def to_representation(self, member: Member) -> dict[str, Any]:
        data = super().to_representation(member)
        if data["contacts_hidden"]:
            data.update(phone="", email="", website="")
        return data


class MemberReadApi(OrganizationApiView):
    """Member reads apply the organization's contact visibility policy."""

    @functools.cached_property
    def _viewer_chapters(self) -> frozenset[Any]:
        return selectors.seat_chapters(user=self.request.user)

    def sees_contacts_of(self, member: Member) -> bool:
        if member.user_id is not None and member.user_id == self.request.user.pk:
            return True
        if self.has_scope(scopes.MEMBERS_WRITE, member.chapter_id):
            return True
        policies = effective_policies(self.organization.settings)
        if policies["contacts_leaders_only"]:
            return False
        if policies["hide_contacts_from_other_chapters"]:
            return member.chapter_id in self._viewer_chapters
        return True


class MemberWriteSerializer(InputSerializer):
    name = serializers.CharField(max_length=150)
    business_name = serializers.CharField(max_length=200, required=False, allow_blank=True)
    category = serializers.UUIDField(required=False, allow_null=True)
    phone = serializers.CharField(max_length=40, required=False, allow_blank=True)
    website = serializers.URLField(required=False, allow_blank=True)
    bio = serializers.CharField(required=False, allow_blank=True, max_length=4000)
    interests = serializers.ListField(
        child=serializers.CharField(max_length=60), required=False, max_length=30
    )
    joined_on = serializers.DateField(required=False, allow_null=True)
    term_years = serializers.ChoiceField(choices=[1, 2], required=False)
    renewal_on = serializers.DateField(required=False, allow_null=True)
    sponsor = serializers.UUIDField(required=False, allow_null=True)
    invited_email = serializers.EmailField(required=False, allow_blank=True)


class MemberCreateSerializer(MemberWriteSerializer):
    chapter = serializers.UUIDField()


def _member_fields(organization: Organization, data: dict[str, Any]) -> dict[str, Any]:
    if "category" in data:
        data["category"] = access_related(
            Category, organization=organization, pk=data["category"], field="category"
        )
    if "sponsor" in data:
        data["sponsor"] = access_related(
            Member, organization=organization, pk=data["sponsor"], field="sponsor"
        )
    return data


class MemberListApi(MemberReadApi):
    required_scopes = {"GET": [scopes.MEMBERS_READ], "POST": [scopes.MEMBERS_WRITE]}

    @extend_schema(
        operation_id="member_list",
        summary="Chapter seats (members), by name, filtered by chapter, status, category or search",
        parameters=[
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("status", str, enum=Member.Status.values),
            OpenApiParameter("category", UUID),
            OpenApiParameter(
                "search", str, description="Part of a name, business or category (2+ letters)"
            ),
            OpenApiParameter(
                "mine_first",
                bool,
                description="The caller's own chapters first, then the others; each A to Z.",
            ),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(MemberSerializer), **errors(400, 401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization) -> Response:
        # A plain dict, so an empty value is an error rather than "no filter".
        filters = MemberFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        params = dict(filters.validated_data)
        if not params.pop("mine_first"):
            members = selectors.member_list(organization=organization, **params)
            return self.paginate(request, members, MemberSerializer)
        own_chapters = Member.objects.filter(
            user=request.user, status__in=HOLDING_STATUSES
        ).values_list("chapter_id", flat=True)
        members = selectors.member_list(
            organization=organization, chapters_first=own_chapters, **params
        )
        return self.paginate(request, members, MemberSerializer)

    @extend_schema(
        operation_id="member_create",
        request=MemberCreateSerializer,
        responses={201: MemberSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Add a pending seat to a chapter",
    )
    def post(self, request: Request, organization: Organization) -> Response:
        serializer = MemberCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = _member_fields(organization, dict(serializer.validated_data))
        chapter = access_related(
            Chapter, organization=organization, pk=data.pop("chapter"), field="chapter"
        )
        assert chapter is not None  # a required field of the body
        self.authorize_chapter(chapter.pk)
        member = services.member_create(chapter=chapter, actor=request.user, **data)
        return Response(
            MemberSerializer(member, context={"view": self}).data, status=status.HTTP_201_CREATED
        )


class MemberFilterSerializer(ListFilterSerializer):
    search = serializers.CharField(required=False, min_length=2, max_length=100)
    chapter = serializers.UUIDField(required=False)
    status = serializers.ChoiceField(choices=Member.Status.choices, required=False)
    category = serializers.UUIDField(required=False)
    mine_first = serializers.BooleanField(required=False, default=False)


class MemberDetailApi(MemberReadApi):
    required_scopes = {"GET": [scopes.MEMBERS_READ], "PATCH": [scopes.MEMBERS_WRITE]}

    @extend_schema(
        operation_id="member_retrieve",
        summary="One member: seat, business and contact details the policy lets the caller see",
        responses={200: MemberSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        return Response(
            MemberSerializer(
                access(Member, organization=organization, pk=member_id), context={"view": self}
            ).data
        )

    @extend_schema(
        operation_id="member_update",
        summary="Change a member's seat, business or contact details",
        request=MemberWriteSerializer(partial=True),
        responses={200: MemberSerializer, **errors(400, 401, 403, 404, 409)},
    )
    def patch(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = access(Member, organization=organization, pk=member_id)
        self.authorize_chapter(member.chapter_id)
        serializer = MemberWriteSerializer(data=request.data, partial=True)
        serializer.is_valid(raise_exception=True)
        member = services.member_update(
            member=member,
            actor=request.user,
            **_member_fields(organization, dict(serializer.validated_data)),
        )
        return Response(MemberSerializer(member, context={"view": self}).data)


class MemberStatusApi(MemberReadApi):
    required_scopes = {"POST": [scopes.MEMBERS_WRITE]}

    class MemberStatusSerializer(InputSerializer):
        status = serializers.ChoiceField(choices=Member.Status.choices)

    @extend_schema(
        operation_id="member_change_status",
        request=MemberStatusSerializer,
        responses={200: MemberSerializer, **errors(400, 401, 403, 404, 409)},
        summary="Move a seat to another status (409 when the move or the category is not allowed)",
    )
    def post(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = access(Member, organization=organization, pk=member_id)
        self.authorize_chapter(member.chapter_id)
        serializer = self.MemberStatusSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        member = services.member_change_status(
            member=member, actor=request.user, status=serializer.validated_data["status"]
        )
        return Response(MemberSerializer(member, context={"view": self}).data)
