"""Reads for chapters, categories and member seats; every read takes the organization."""

from __future__ import annotations

from django.db.models import QuerySet

from groups.models import Category, Chapter, Member
from tenancy.models import Organization


def chapter_list(*, organization: Organization, status: str | None = None) -> QuerySet[Chapter]:
    chapters = Chapter.objects.filter(organization=organization)
    if status is not None:
        chapters = chapters.filter(status=status)
    return chapters


def category_list(*, organization: Organization) -> QuerySet[Category]:
    return Category.objects.filter(organization=organization)


def member_list(
    *,
    organization: Organization,
    chapter: str | None = None,
    status: str | None = None,
    category: str | None = None,
) -> QuerySet[Member]:
    members = Member.objects.filter(organization=organization).select_related("category")
    if chapter is not None:
        members = members.filter(chapter_id=chapter)
    if status is not None:
        members = members.filter(status=status)
    if category is not None:
        members = members.filter(category_id=category)
    return members


def chapter_category_map(*, chapter: Chapter) -> list[dict[str, object]]:
    """Every active category with the chapter's seat that holds it, or none: open categories
    are what leaders recruit for ("most wanted"). Two queries, whatever the size."""
    holders = {
        member.category_id: member
        for member in Member.objects.filter(chapter=chapter, holds_category=True)
    }
    return [
        {"category": category, "holder": holders.get(category.pk)}
        for category in Category.objects.filter(is_active=True)
    ]
