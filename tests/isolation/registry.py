"""How to make one row behind each organization route, for the isolation matrix.

Each entry takes an organization and returns ``(url_kwargs, row_id)``: the URL parameters
that address the row (empty for a list) and the id of a row that must never be visible to
another organization. A new route without an entry fails the matrix.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tenancy.context import tenant
from tenancy.models import Organization, Role
from tests.factories.groups import CategoryFactory, ChapterFactory, MemberFactory
from tests.factories.tenancy import MembershipFactory, RegionFactory

Maker = Callable[[Organization], tuple[dict[str, Any], Any]]


def _organization(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, organization.pk


def _region(organization: Organization) -> tuple[dict[str, Any], Any]:
    region = RegionFactory(organization=organization)
    return {"region_id": region.pk}, region.pk


def _region_in_list(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, RegionFactory(organization=organization).pk


def _person(organization: Organization) -> tuple[dict[str, Any], Any]:
    person = MembershipFactory(organization=organization, role=Role.MEMBER)
    return {"person_id": person.pk}, person.pk


def _person_in_list(organization: Organization) -> tuple[dict[str, Any], Any]:
    return {}, MembershipFactory(organization=organization, role=Role.STAFF).user.email


def _audit_event(organization: Organization) -> tuple[dict[str, Any], Any]:
    from audit.services import audit_record

    with tenant(organization):
        event = audit_record(actor=None, action="isolation.probe", target=organization)
    return {}, event.pk


def _chapter(organization: Organization) -> tuple[dict[str, Any], Any]:
    chapter = ChapterFactory(organization=organization)
    return {"chapter_id": chapter.pk}, chapter.pk


def _category(organization: Organization) -> tuple[dict[str, Any], Any]:
    category = CategoryFactory(organization=organization)
    return {"category_id": category.pk}, category.pk


def _member(organization: Organization) -> tuple[dict[str, Any], Any]:
    member = MemberFactory(organization=organization)
    return {"member_id": member.pk}, member.pk


def _chapter_with_holder(organization: Organization) -> tuple[dict[str, Any], Any]:
    """A chapter whose category map shows a holder (the probe is the holder's id)."""
    member = MemberFactory(
        organization=organization,
        category=CategoryFactory(organization=organization),
        status="active",
        holds_category=True,
    )
    return {"chapter_id": member.chapter_id}, member.pk


def _listed(maker: Maker) -> Maker:
    """The list route of a detail maker: no URL parameters, the same probe row."""
    return lambda organization: ({}, maker(organization)[1])


ROUTE_MAKERS: dict[str, Maker] = {
    "": _organization,
    "regions/": _region_in_list,
    "regions/<uuid:region_id>/": _region,
    "people/": _person_in_list,
    "people/<uuid:person_id>/": _person,
    "audit-events/": _audit_event,
    "chapters/": _listed(_chapter),
    "chapters/<uuid:chapter_id>/": _chapter,
    "chapters/<uuid:chapter_id>/category-map": _chapter_with_holder,
    "categories/": _listed(_category),
    "categories/<uuid:category_id>/": _category,
    "members/": _listed(_member),
    "members/<uuid:member_id>/": _member,
    "members/<uuid:member_id>/status": _member,
}
