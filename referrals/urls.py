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
    path(
        "leaderboards/help-given",
        apis.HelpGivenLeaderboardApi.as_view(),
        name="leaderboard-help-given",
    ),
]
