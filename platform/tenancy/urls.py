from django.urls import path

from tenancy import apis

app_name = "tenancy"

urlpatterns = [
    path("", apis.OrganizationDetailApi.as_view(), name="organization-detail"),
    path("regions/", apis.RegionListApi.as_view(), name="region-list"),
    path("regions/<uuid:region_id>/", apis.RegionDetailApi.as_view(), name="region-detail"),
    path("people/", apis.PeopleListApi.as_view(), name="person-list"),
    path("people/<uuid:person_id>/", apis.PersonDetailApi.as_view(), name="person-detail"),
]
