"""Roles map to scopes here, and only here. Views declare the scopes each method needs.

A view says ``required_scopes = {"GET": ["regions:read"], "POST": ["regions:write"]}``; the
base class refuses a request whose role lacks any of them (403), and refuses to define a view
whose handler has no entry (fail closed at import time).
"""

from __future__ import annotations

from collections.abc import Iterable

from tenancy.models import Role

ORGANIZATION_READ = "organization:read"
ORGANIZATION_WRITE = "organization:write"
REGIONS_READ = "regions:read"
REGIONS_WRITE = "regions:write"
PEOPLE_READ = "people:read"
PEOPLE_WRITE = "people:write"
AUDIT_READ = "audit:read"
CHAPTERS_READ = "chapters:read"
CHAPTERS_WRITE = "chapters:write"
CATEGORIES_READ = "categories:read"
CATEGORIES_WRITE = "categories:write"
MEMBERS_READ = "members:read"
MEMBERS_WRITE = "members:write"
MEETINGS_READ = "meetings:read"
MEETINGS_WRITE = "meetings:write"
ATTENDANCE_READ = "attendance:read"
VISITORS_INVITE = "visitors:invite"
VISITORS_READ = "visitors:read"
VISITORS_WRITE = "visitors:write"
HELP_READ = "help:read"
HELP_GIVE = "help:give"
APPLICATIONS_READ = "applications:read"
APPLICATIONS_WRITE = "applications:write"
APPLICATIONS_DECIDE = "applications:decide"

ALL_SCOPES = frozenset(
    {
        ORGANIZATION_READ,
        ORGANIZATION_WRITE,
        REGIONS_READ,
        REGIONS_WRITE,
        PEOPLE_READ,
        PEOPLE_WRITE,
        AUDIT_READ,
        CHAPTERS_READ,
        CHAPTERS_WRITE,
        CATEGORIES_READ,
        CATEGORIES_WRITE,
        MEMBERS_READ,
        MEMBERS_WRITE,
        MEETINGS_READ,
        MEETINGS_WRITE,
        ATTENDANCE_READ,
        VISITORS_INVITE,
        VISITORS_READ,
        VISITORS_WRITE,
        APPLICATIONS_READ,
        APPLICATIONS_WRITE,
        APPLICATIONS_DECIDE,
        HELP_READ,
        HELP_GIVE,
    }
)

_MEMBER = frozenset(
    {
        ORGANIZATION_READ,
        REGIONS_READ,
        CHAPTERS_READ,
        CATEGORIES_READ,
        MEMBERS_READ,
        MEETINGS_READ,
        VISITORS_INVITE,
        HELP_READ,
        HELP_GIVE,
    }
)
_LEADER_READ = _MEMBER | {PEOPLE_READ, ATTENDANCE_READ, VISITORS_READ, APPLICATIONS_READ}
# Staff run the organization's chapters day to day; its structure stays with owners and admins.
_STAFF = _LEADER_READ | {
    CHAPTERS_WRITE,
    CATEGORIES_WRITE,
    MEMBERS_WRITE,
    MEETINGS_WRITE,
    VISITORS_WRITE,
    APPLICATIONS_WRITE,
    APPLICATIONS_DECIDE,
}

ROLE_SCOPES: dict[str, frozenset[str]] = {
    Role.OWNER: ALL_SCOPES,
    Role.ADMIN: ALL_SCOPES,
    Role.STAFF: _STAFF,
    # Organization-wide, a region director reads what a member reads (the people and the
    # chapters' private records are read only in their region: REGION_DIRECTOR_CHAPTER_SCOPES).
    Role.REGION_DIRECTOR: _MEMBER,
    Role.MEMBER: _MEMBER,
}
# A region director acts for the chapters of their region: a leader's reads hold there (and
# only there), through the same narrowing as a chapter role's scopes.
REGION_DIRECTOR_CHAPTER_SCOPES = _LEADER_READ


# A chapter role adds these scopes in its own chapter while its term runs, on top of the
# person's organization role. The president also edits the chapter and names its leaders.
_CHAPTER_LEADER = frozenset(
    {
        MEMBERS_WRITE,
        MEETINGS_WRITE,
        ATTENDANCE_READ,
        VISITORS_READ,
        VISITORS_WRITE,
        APPLICATIONS_READ,
        APPLICATIONS_WRITE,
    }
)
# Deciding applications (and reading the committee's confidential notes) is the committee's.
CHAPTER_ROLE_SCOPES: dict[str, frozenset[str]] = {
    "president": _CHAPTER_LEADER | {CHAPTERS_WRITE, APPLICATIONS_DECIDE},
    "vice_president": _CHAPTER_LEADER,
    "secretary_treasurer": _CHAPTER_LEADER,
    "membership_committee": _CHAPTER_LEADER | {APPLICATIONS_DECIDE},
    "visitor_host": _CHAPTER_LEADER,
    "education_coordinator": _CHAPTER_LEADER,
    "mentor_coordinator": _CHAPTER_LEADER,
}


def scopes_for_role(role: str) -> frozenset[str]:
    return ROLE_SCOPES.get(role, frozenset())


def scopes_for_chapter_roles(roles: Iterable[str]) -> frozenset[str]:
    return frozenset().union(*(CHAPTER_ROLE_SCOPES.get(role, frozenset()) for role in roles))
