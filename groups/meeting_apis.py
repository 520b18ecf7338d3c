"""Meetings, their weekly reports, attendance (PALMS) and medical leaves. Thin views.

Leaders act only in the chapters they lead (``authorize_chapter``); staff everywhere.
"""

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
from groups import attendance, meetings, selectors
from groups.models import Attendance, MedicalLeave, Meeting, Member
from tenancy.models import Organization
from tenancy.selectors import access

R = Meeting.ReportStatus
MEETING_ORDERINGS = ("date", "-date")
NOT_YOUR_ATTENDANCE = "Only the member and the chapter's leaders see this attendance."


class MeetingSerializer(serializers.Serializer[Meeting]):
    id = serializers.UUIDField()
    chapter = serializers.UUIDField(source="chapter_id")
    date = serializers.DateField()
    starts_at = serializers.DateTimeField()
    time_zone = serializers.CharField(
        source="chapter.time_zone",
        help_text="The chapter's time zone: show `starts_at` on this clock.",
    )
    duration_minutes = serializers.IntegerField()
    has_started = serializers.BooleanField(
        help_text="Whether the meeting has begun: its report can be completed only then."
    )
    report_status = serializers.ChoiceField(choices=R.choices)
    note = serializers.CharField()
    completed_at = serializers.DateTimeField(allow_null=True)


class MeetingFilterSerializer(ListFilterSerializer):
    chapter = serializers.UUIDField(required=False)
    report_status = serializers.ChoiceField(choices=R.choices, required=False)
    date_from = serializers.DateField(required=False)
    date_to = serializers.DateField(required=False)
    ordering = serializers.ChoiceField(choices=MEETING_ORDERINGS, required=False)


class MeetingListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.MEETINGS_READ]}

    @extend_schema(
        operation_id="meeting_list",
        parameters=[
            OpenApiParameter("chapter", UUID),
            OpenApiParameter("report_status", str, enum=R.values),
            OpenApiParameter("date_from", str, description="YYYY-MM-DD, inclusive"),
            OpenApiParameter("date_to", str, description="YYYY-MM-DD, inclusive"),
            OpenApiParameter(
                "ordering",
                str,
                enum=MEETING_ORDERINGS,
                description="`date` (default): the soonest first; `-date`: the latest first",
            ),
            *PAGE_PARAMETERS,
        ],
        responses={200: paginated(MeetingSerializer), **errors(400, 401, 403, 404)},
        summary="Meetings by date (generated from each chapter's schedule weeks ahead)",
    )
    def get(self, request: Request, organization: Organization) -> Response:
        filters = MeetingFilterSerializer(data=request.query_params.dict())
        filters.is_valid(raise_exception=True)
        found = selectors.meeting_list(organization=organization, **filters.validated_data)
        return self.paginate(request, found, MeetingSerializer)


class MeetingDetailApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.MEETINGS_READ]}

    @extend_schema(
        operation_id="meeting_retrieve",
        summary="One meeting: its date, start, duration and weekly report status",
        responses={200: MeetingSerializer, **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, meeting_id: UUID) -> Response:
        meeting = access(Meeting, organization=organization, pk=meeting_id)
        return Response(MeetingSerializer(meeting).data)


class MeetingNoteSerializer(InputSerializer):
    note = serializers.CharField(max_length=200, required=False, allow_blank=True)


def _report_status_view(target: str, operation_id: str, summary: str) -> type[OrganizationApiView]:
    """One endpoint per weekly report move: they differ only in the status they ask for."""

    class ReportStatusApi(OrganizationApiView):
        required_scopes = {"POST": [scopes.MEETINGS_WRITE]}

        @extend_schema(
            operation_id=operation_id,
            request=MeetingNoteSerializer,
            responses={200: MeetingSerializer, **errors(400, 401, 403, 404, 409)},
            summary=summary,
        )
        def post(self, request: Request, organization: Organization, meeting_id: UUID) -> Response:
            meeting = access(Meeting, organization=organization, pk=meeting_id)
            self.authorize_chapter(meeting.chapter_id)
            body = MeetingNoteSerializer(data=request.data)
            body.is_valid(raise_exception=True)
            meeting = meetings.meeting_set_report_status(
                meeting=meeting,
                actor=request.user,
                report_status=target,
                note=body.validated_data.get("note", ""),
            )
            return Response(MeetingSerializer(meeting).data)

    ReportStatusApi.__name__ = ReportStatusApi.__qualname__ = f"Meeting{target.title()}Api"
    return ReportStatusApi


MeetingCompleteApi = _report_status_view(
    R.COMPLETED,
    "meeting_complete",
    "Complete the weekly report: it locks (409 when it already is)",
)
MeetingCancelApi = _report_status_view(
    R.HOLIDAY, "meeting_cancel", "Cancel the meeting: its report becomes a holiday"
)
MeetingDiscardApi = _report_status_view(
    R.DISCARDED, "meeting_discard", "Discard the weekly report (it will not count)"
)
MeetingRestoreApi = _report_status_view(
    R.DRAFT, "meeting_restore", "Undo a cancel or discard: the report is a draft again"
)


# --- attendance -------------------------------------------------------------------------------


class RosterMemberSerializer(serializers.Serializer[Member]):
    id = serializers.UUIDField()
    name = serializers.CharField()
    business_name = serializers.CharField()
    category_name = serializers.CharField(source="category.name", allow_null=True, default=None)
    status = serializers.ChoiceField(choices=Member.Status.choices)


class AttendanceLineSerializer(serializers.Serializer[Any]):
    member = RosterMemberSerializer()
    status = serializers.ChoiceField(choices=Attendance.Status.choices)
    substitute_name = serializers.CharField()
    recorded = serializers.BooleanField(help_text="False: nothing saved yet (shown as present).")


class MeetingAttendanceSerializer(serializers.Serializer[Any]):
    meeting = MeetingSerializer()
    entries = AttendanceLineSerializer(many=True)


class AttendanceEntryInput(InputSerializer):
    member = serializers.UUIDField()
    status = serializers.ChoiceField(choices=Attendance.Status.choices)
    substitute_name = serializers.CharField(max_length=150, required=False, allow_blank=True)


class AttendanceWriteSerializer(InputSerializer):
    entries = serializers.ListField(child=AttendanceEntryInput(), max_length=500)
    correction_reason = serializers.CharField(max_length=300, required=False, allow_blank=True)


class MeetingAttendanceApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.ATTENDANCE_READ], "PUT": [scopes.MEETINGS_WRITE]}

    @extend_schema(
        operation_id="meeting_attendance_retrieve",
        responses={200: MeetingAttendanceSerializer, **errors(401, 403, 404)},
        summary="The meeting's whole roster with each member's attendance (PALMS)",
    )
    def get(self, request: Request, organization: Organization, meeting_id: UUID) -> Response:
        meeting = access(Meeting, organization=organization, pk=meeting_id)
        self.authorize_chapter(meeting.chapter_id)
        lines = attendance.attendance_roster(meeting=meeting)
        return Response(MeetingAttendanceSerializer({"meeting": meeting, "entries": lines}).data)

    @extend_schema(
        operation_id="meeting_attendance_update",
        request=AttendanceWriteSerializer,
        responses={200: MeetingAttendanceSerializer, **errors(400, 401, 403, 404, 409)},
        summary=(
            "Set the whole roster in one request: members not listed are present. 409 when the "
            "report is locked (send `correction_reason` to correct it) or the meeting is off"
        ),
    )
    def put(self, request: Request, organization: Organization, meeting_id: UUID) -> Response:
        meeting = access(Meeting, organization=organization, pk=meeting_id)
        self.authorize_chapter(meeting.chapter_id)
        body = AttendanceWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        lines = attendance.attendance_set(
            meeting=meeting,
            actor=request.user,
            entries=body.validated_data["entries"],
            correction_reason=body.validated_data.get("correction_reason", ""),
        )
        return Response(MeetingAttendanceSerializer({"meeting": meeting, "entries": lines}).data)


class MemberAttendanceRecordSerializer(serializers.Serializer[Attendance]):
    meeting = serializers.UUIDField(source="meeting_id")
    date = serializers.DateField(source="meeting.date")
    report_status = serializers.ChoiceField(source="meeting.report_status", choices=R.choices)
    status = serializers.ChoiceField(choices=Attendance.Status.choices)
    substitute_name = serializers.CharField()


class AbsenceSummarySerializer(serializers.Serializer[Any]):
    window_start = serializers.DateField(help_text="Exclusive.")
    window_end = serializers.DateField()
    present = serializers.IntegerField()
    absent = serializers.IntegerField()
    late = serializers.IntegerField()
    medical = serializers.IntegerField()
    substitute = serializers.IntegerField()
    counted_absences = serializers.IntegerField(
        help_text="Absences plus lates the policy counts as absences."
    )
    limit = serializers.IntegerField()
    over_limit = serializers.BooleanField()


class MemberAttendanceSerializer(serializers.Serializer[Any]):
    summary = AbsenceSummarySerializer()
    records = MemberAttendanceRecordSerializer(many=True)


class MemberAttendanceApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.MEETINGS_READ]}

    @extend_schema(
        operation_id="member_attendance",
        responses={200: MemberAttendanceSerializer, **errors(401, 403, 404)},
        summary="A member's attendance in the absence window, with the policy's count",
    )
    def get(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = access(Member, organization=organization, pk=member_id)
        own = member.user_id is not None and member.user_id == request.user.pk
        if not own and not self.has_scope(scopes.ATTENDANCE_READ, member.chapter_id):
            raise PermissionDenied(NOT_YOUR_ATTENDANCE)
        today = selectors.organization_today(organization)
        summary = attendance.absence_summaries(member_ids=[member.pk], on=today)[member.pk]
        records = selectors.member_attendance(member=member, since=summary.window_start)
        return Response(
            MemberAttendanceSerializer(
                {"summary": summary, "records": records.filter(meeting__date__lte=today)}
            ).data
        )


# --- medical leaves ---------------------------------------------------------------------------


class MedicalLeaveSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    member = serializers.UUIDField(source="member_id")
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    note = serializers.CharField()
    created_at = serializers.DateTimeField()


class MedicalLeaveWriteSerializer(InputSerializer):
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    note = serializers.CharField(max_length=200, required=False, allow_blank=True)


class MemberMedicalLeaveListApi(OrganizationApiView):
    required_scopes = {"GET": [scopes.ATTENDANCE_READ], "POST": [scopes.MEETINGS_WRITE]}

    @extend_schema(
        operation_id="medical_leave_list",
        summary="A member's medical leaves, the latest first",
        responses={200: MedicalLeaveSerializer(many=True), **errors(401, 403, 404)},
    )
    def get(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = access(Member, organization=organization, pk=member_id)
        self.authorize_chapter(member.chapter_id)
        leaves = selectors.medical_leave_list(member=member)
        return Response(MedicalLeaveSerializer(leaves, many=True).data)

    @extend_schema(
        operation_id="medical_leave_create",
        request=MedicalLeaveWriteSerializer,
        responses={201: MedicalLeaveSerializer, **errors(400, 401, 403, 404)},
        summary="Pre-approve Medical attendance for a member between two dates",
    )
    def post(self, request: Request, organization: Organization, member_id: UUID) -> Response:
        member = access(Member, organization=organization, pk=member_id)
        self.authorize_chapter(member.chapter_id)
        body = MedicalLeaveWriteSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        leave = attendance.medical_leave_create(
            member=member, actor=request.user, **body.validated_data
        )
        return Response(MedicalLeaveSerializer(leave).data, status=status.HTTP_201_CREATED)


class MedicalLeaveDetailApi(OrganizationApiView):
    required_scopes = {"DELETE": [scopes.MEETINGS_WRITE]}

    @extend_schema(
        operation_id="medical_leave_delete",
        summary="End a medical leave early by removing it",
        responses={204: None, **errors(401, 403, 404)},
    )
    def delete(self, request: Request, organization: Organization, leave_id: UUID) -> Response:
        leave = access(MedicalLeave, organization=organization, pk=leave_id)
        self.authorize_chapter(leave.member.chapter_id)
        attendance.medical_leave_remove(leave=leave, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
