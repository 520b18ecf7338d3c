from django.urls import path

from notifications import apis

app_name = "notifications"

urlpatterns = [
    path("notifications/", apis.NotificationListApi.as_view(), name="notification-list"),
    path(
        "notifications/read-all",
        apis.NotificationReadAllApi.as_view(),
        name="notification-read-all",
    ),
    path(
        "notifications/<uuid:notification_id>/",
        apis.NotificationDetailApi.as_view(),
        name="notification-detail",
    ),
    path(
        "notification-preferences/",
        apis.NotificationPreferencesApi.as_view(),
        name="notification-preferences",
    ),
]
