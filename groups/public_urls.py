from django.urls import path

from groups import public_apis

app_name = "groups-public"

urlpatterns = [
    path("chapters/<str:token>/", public_apis.PublicChapterApi.as_view(), name="chapter"),
    path(
        "chapters/<str:token>/visitors",
        public_apis.PublicVisitorRegisterApi.as_view(),
        name="visitor-register",
    ),
]
