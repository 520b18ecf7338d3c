from django.urls import path

from groups import (
    apis,
    application_apis,
    invitation_apis,
    meeting_apis,
    profile_apis,
    role_apis,
    roster_apis,
    visitor_apis,
)

app_name = "groups"

urlpatterns = [
    path("me/profile/", profile_apis.ProfileApi.as_view(), name="my-profile"),
    path("chapters/", apis.ChapterListApi.as_view(), name="chapter-list"),
    path("chapters/<uuid:chapter_id>/", apis.ChapterDetailApi.as_view(), name="chapter-detail"),
    path(
        "chapters/<uuid:chapter_id>/category-map",
        apis.ChapterCategoryMapApi.as_view(),
        name="chapter-category-map",
    ),
    path(
        "chapters/<uuid:chapter_id>/roster-import",
        roster_apis.RosterImportApi.as_view(),
        name="chapter-roster-import",
    ),
    path(
        "chapters/<uuid:chapter_id>/roster-export",
        roster_apis.RosterExportApi.as_view(),
        name="chapter-roster-export",
    ),
    path(
        "chapters/<uuid:chapter_id>/roles/",
        role_apis.ChapterRoleListApi.as_view(),
        name="chapter-role-list",
    ),
    path(
        "chapter-roles/<uuid:role_id>/",
        role_apis.ChapterRoleDetailApi.as_view(),
        name="chapter-role-detail",
    ),
    path("meetings/", meeting_apis.MeetingListApi.as_view(), name="meeting-list"),
    path(
        "meetings/<uuid:meeting_id>/",
        meeting_apis.MeetingDetailApi.as_view(),
        name="meeting-detail",
    ),
    path(
        "meetings/<uuid:meeting_id>/complete",
        meeting_apis.MeetingCompleteApi.as_view(),
        name="meeting-complete",
    ),
    path(
        "meetings/<uuid:meeting_id>/cancel",
        meeting_apis.MeetingCancelApi.as_view(),
        name="meeting-cancel",
    ),
    path(
        "meetings/<uuid:meeting_id>/discard",
        meeting_apis.MeetingDiscardApi.as_view(),
        name="meeting-discard",
    ),
    path(
        "meetings/<uuid:meeting_id>/restore",
        meeting_apis.MeetingRestoreApi.as_view(),
        name="meeting-restore",
    ),
    path(
        "meetings/<uuid:meeting_id>/attendance/",
        meeting_apis.MeetingAttendanceApi.as_view(),
        name="meeting-attendance",
    ),
    path(
        "members/<uuid:member_id>/attendance",
        meeting_apis.MemberAttendanceApi.as_view(),
        name="member-attendance",
    ),
    path(
        "members/<uuid:member_id>/medical-leaves/",
        meeting_apis.MemberMedicalLeaveListApi.as_view(),
        name="member-medical-leave-list",
    ),
    path(
        "medical-leaves/<uuid:leave_id>/",
        meeting_apis.MedicalLeaveDetailApi.as_view(),
        name="medical-leave-detail",
    ),
    path("visitors/", visitor_apis.VisitorListApi.as_view(), name="visitor-list"),
    path(
        "visitors/invited",
        visitor_apis.InvitedVisitorListApi.as_view(),
        name="visitor-invited-list",
    ),
    path(
        "visitors/<uuid:visitor_id>/invited",
        visitor_apis.InvitedVisitorApi.as_view(),
        name="visitor-invited",
    ),
    path(
        "visitors/<uuid:visitor_id>/",
        visitor_apis.VisitorDetailApi.as_view(),
        name="visitor-detail",
    ),
    path(
        "visitors/<uuid:visitor_id>/visits",
        visitor_apis.VisitorVisitCreateApi.as_view(),
        name="visitor-visit-create",
    ),
    path("visits/<uuid:visit_id>/", visitor_apis.VisitDetailApi.as_view(), name="visit-detail"),
    path("applications/", application_apis.ApplicationListApi.as_view(), name="application-list"),
    path(
        "applications/<uuid:application_id>/",
        application_apis.ApplicationDetailApi.as_view(),
        name="application-detail",
    ),
    path(
        "applications/<uuid:application_id>/approve",
        application_apis.ApplicationApproveApi.as_view(),
        name="application-approve",
    ),
    path(
        "applications/<uuid:application_id>/decline",
        application_apis.ApplicationDeclineApi.as_view(),
        name="application-decline",
    ),
    path(
        "applications/<uuid:application_id>/payment",
        application_apis.ApplicationPaymentApi.as_view(),
        name="application-payment",
    ),
    path("invitations/", invitation_apis.InvitationListApi.as_view(), name="invitation-list"),
    path(
        "invitations/<uuid:invitation_id>/resend",
        invitation_apis.InvitationResendApi.as_view(),
        name="invitation-resend",
    ),
    path(
        "invitations/<uuid:invitation_id>/revoke",
        invitation_apis.InvitationRevokeApi.as_view(),
        name="invitation-revoke",
    ),
    path("categories/", apis.CategoryListApi.as_view(), name="category-list"),
    path(
        "categories/<uuid:category_id>/", apis.CategoryDetailApi.as_view(), name="category-detail"
    ),
    path("members/", apis.MemberListApi.as_view(), name="member-list"),
    path("members/<uuid:member_id>/", apis.MemberDetailApi.as_view(), name="member-detail"),
    path("members/<uuid:member_id>/status", apis.MemberStatusApi.as_view(), name="member-status"),
]
