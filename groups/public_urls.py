from django.urls import path

from groups import invitation_apis, public_apis

app_name = "groups-public"

urlpatterns = [
    path("chapters/<str:token>/", public_apis.PublicChapterApi.as_view(), name="chapter"),
    path(
        "chapters/<str:token>/visitors",
        public_apis.PublicVisitorRegisterApi.as_view(),
        name="visitor-register",
    ),
    path(
        "invitations/<str:token>/",
        invitation_apis.InvitationLinkApi.as_view(),
        name="invitation-link",
    ),
    path(
        "invitations/<str:token>/accept",
        invitation_apis.InvitationAcceptApi.as_view(),
        name="invitation-accept",
    ),
]
