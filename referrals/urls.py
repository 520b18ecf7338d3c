from django.urls import path

from referrals import apis, dashboard_apis, meeting_apis, slip_apis
from referrals.overview import apis as overview_apis

app_name = "referrals"

urlpatterns = [
    path(
        "overview/", overview_apis.OrganizationOverviewApi.as_view(), name="organization-overview"
    ),
    path("referrals/", apis.ReferralListApi.as_view(), name="referral-list"),
    path(
        "referrals/<uuid:referral_id>/",
        slip_apis.ReferralDetailApi.as_view(),
        name="referral-detail",
    ),
    path(
        "referrals/<uuid:referral_id>/status",
        apis.ReferralStatusApi.as_view(),
        name="referral-status",
    ),
    path("thank-yous/", apis.ThankYouListApi.as_view(), name="thank-you-list"),
    path(
        "thank-yous/<uuid:thank_you_id>/",
        slip_apis.ThankYouDetailApi.as_view(),
        name="thank-you-detail",
    ),
    path("one-to-ones/", apis.OneToOneListApi.as_view(), name="one-to-one-list"),
    path(
        "one-to-ones/<uuid:one_to_one_id>/",
        slip_apis.OneToOneDetailApi.as_view(),
        name="one-to-one-detail",
    ),
    path(
        "one-to-ones/<uuid:one_to_one_id>/confirm",
        apis.OneToOneConfirmApi.as_view(),
        name="one-to-one-confirm",
    ),
    path(
        "one-to-ones/<uuid:one_to_one_id>/dispute",
        apis.OneToOneDisputeApi.as_view(),
        name="one-to-one-dispute",
    ),
    path("education-credits/", apis.EducationCreditListApi.as_view(), name="education-credit-list"),
    path(
        "education-credits/<uuid:education_credit_id>/",
        slip_apis.EducationCreditDetailApi.as_view(),
        name="education-credit-detail",
    ),
    path("testimonials/", apis.TestimonialListApi.as_view(), name="testimonial-list"),
    path(
        "testimonials/<uuid:testimonial_id>/",
        slip_apis.TestimonialDetailApi.as_view(),
        name="testimonial-detail",
    ),
    path("other-help/", apis.OtherHelpListApi.as_view(), name="other-help-list"),
    path(
        "other-help/<uuid:other_help_id>/",
        slip_apis.OtherHelpDetailApi.as_view(),
        name="other-help-detail",
    ),
    path(
        "members/<uuid:member_id>/help-summary",
        dashboard_apis.MemberHelpSummaryApi.as_view(),
        name="member-help-summary",
    ),
    path(
        "chapters/<uuid:chapter_id>/help-dashboard",
        dashboard_apis.ChapterHelpDashboardApi.as_view(),
        name="chapter-help-dashboard",
    ),
    path(
        "meetings/<uuid:meeting_id>/slips",
        meeting_apis.MeetingSlipsApi.as_view(),
        name="meeting-slips",
    ),
    path(
        "leaderboards/help-given",
        apis.HelpGivenLeaderboardApi.as_view(),
        name="leaderboard-help-given",
    ),
]
