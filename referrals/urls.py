from django.urls import path

from referrals import apis

app_name = "referrals"

urlpatterns = [
    path("referrals/", apis.ReferralListApi.as_view(), name="referral-list"),
    path("referrals/<uuid:referral_id>/", apis.ReferralDetailApi.as_view(), name="referral-detail"),
    path(
        "referrals/<uuid:referral_id>/status",
        apis.ReferralStatusApi.as_view(),
        name="referral-status",
    ),
    path("thank-yous/", apis.ThankYouListApi.as_view(), name="thank-you-list"),
    path("one-to-ones/", apis.OneToOneListApi.as_view(), name="one-to-one-list"),
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
    path("testimonials/", apis.TestimonialListApi.as_view(), name="testimonial-list"),
    path("other-help/", apis.OtherHelpListApi.as_view(), name="other-help-list"),
    path(
        "members/<uuid:member_id>/help-summary",
        apis.MemberHelpSummaryApi.as_view(),
        name="member-help-summary",
    ),
    path(
        "leaderboards/help-given",
        apis.HelpGivenLeaderboardApi.as_view(),
        name="leaderboard-help-given",
    ),
]
