from django.urls import path

from groups import apis

app_name = "groups"

urlpatterns = [
    path("chapters/", apis.ChapterListApi.as_view(), name="chapter-list"),
    path("chapters/<uuid:chapter_id>/", apis.ChapterDetailApi.as_view(), name="chapter-detail"),
    path(
        "chapters/<uuid:chapter_id>/category-map",
        apis.ChapterCategoryMapApi.as_view(),
        name="chapter-category-map",
    ),
    path("categories/", apis.CategoryListApi.as_view(), name="category-list"),
    path(
        "categories/<uuid:category_id>/", apis.CategoryDetailApi.as_view(), name="category-detail"
    ),
    path("members/", apis.MemberListApi.as_view(), name="member-list"),
    path("members/<uuid:member_id>/", apis.MemberDetailApi.as_view(), name="member-detail"),
    path("members/<uuid:member_id>/status", apis.MemberStatusApi.as_view(), name="member-status"),
]
