"""A chapter's roster as a file: CSV import (dry run, then all or nothing) and CSV/XLSX export."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from django.http import HttpResponse
from django.utils.text import slugify
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.parsers import MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from api import permissions as scopes
from api.errors import PROBLEM_CONTENT_TYPE, problem
from api.schema import errors
from api.views import OrganizationApiView
from groups import roster, selectors
from groups.models import Chapter
from tenancy.models import Organization
from tenancy.selectors import access

MAX_BYTES = 2 * 1024 * 1024
REJECTED = "{count} problems in the file; nothing was imported."
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class RowProblemSerializer(serializers.Serializer[Any]):
    line = serializers.IntegerField(help_text="Line of the file; 1 is the header.")
    column = serializers.CharField()
    message = serializers.CharField()


class ImportReportSerializer(serializers.Serializer[Any]):
    dry_run = serializers.BooleanField()
    rows = serializers.IntegerField()
    created = serializers.IntegerField()
    problems = RowProblemSerializer(many=True)


class ImportRequestSerializer(serializers.Serializer[Any]):
    file = serializers.FileField(
        help_text=f"CSV, UTF-8, header line; columns: {', '.join(roster.COLUMNS)}."
    )
    dry_run = serializers.BooleanField(
        required=False, default=True, help_text="Check only (the default); false to import."
    )

    def validate_file(self, value: Any) -> Any:
        if value.size > MAX_BYTES:
            raise serializers.ValidationError("At most 2 MB per file.")
        return value


class RosterImportApi(OrganizationApiView):
    required_scopes = {"POST": [scopes.MEMBERS_WRITE]}
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="roster_import",
        request={"multipart/form-data": ImportRequestSerializer},
        responses={
            200: ImportReportSerializer,
            201: ImportReportSerializer,
            **errors(400, 401, 403, 404),
        },
        summary=(
            "Check (dry_run) or import a CSV roster into the chapter: every bad row is reported "
            "with line and column; an import with any bad row changes nothing (400)"
        ),
    )
    def post(self, request: Request, organization: Organization, chapter_id: UUID) -> Response:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        self.authorize_chapter(chapter.pk)
        body = ImportRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        dry_run = body.validated_data["dry_run"]
        content = body.validated_data["file"].read()
        try:
            report = roster.roster_import(
                chapter=chapter, actor=request.user, content=content, apply=not dry_run
            )
        except roster.ImportRejected as rejected:
            problems = RowProblemSerializer(rejected.report.problems, many=True).data
            message = REJECTED.format(count=len(problems))
            return Response(
                problem(400, message, {"file": [message], "rows": problems}),
                status=400,
                content_type=PROBLEM_CONTENT_TYPE,
            )
        data = ImportReportSerializer({**report.__dict__, "dry_run": dry_run}).data
        return Response(data, status=status.HTTP_200_OK if dry_run else status.HTTP_201_CREATED)


class RosterExportApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.MEMBERS_WRITE]}

    @extend_schema(
        operation_id="roster_export",
        parameters=[OpenApiParameter("file_type", str, enum=["csv", "xlsx"], default="csv")],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.BINARY),
            (200, CONTENT_TYPES["xlsx"]): OpenApiResponse(OpenApiTypes.BINARY),
            **errors(400, 401, 403, 404),
        },
        summary="The chapter's roster (leaders) as CSV or XLSX",
    )
    def get(self, request: Request, organization: Organization, chapter_id: UUID) -> Any:
        chapter = access(Chapter, organization=organization, pk=chapter_id)
        self.authorize_chapter(chapter.pk)
        file_type = request.query_params.get("file_type", "csv")
        if file_type not in CONTENT_TYPES:
            raise serializers.ValidationError({"file_type": ["Must be csv or xlsx."]})
        members = selectors.member_list(
            organization=organization, chapter=chapter.pk
        ).select_related("user")
        content = (
            roster.roster_csv(members)
            if file_type == "csv"
            else roster.roster_xlsx(members, title=chapter.name)
        )
        response = HttpResponse(content, content_type=CONTENT_TYPES[file_type])
        response["Content-Disposition"] = (
            f'attachment; filename="{slugify(chapter.name) or "roster"}-roster.{file_type}"'
        )
        return response
