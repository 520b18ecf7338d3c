"""Roles map to scopes here, and only here. Views declare the scopes each method needs.

A view says ``required_scopes = {"GET": ["regions:read"], "POST": ["regions:write"]}``; the
base class refuses a request whose role lacks any of them (403), and refuses to define a view
whose handler has no entry (fail closed at import time).
"""

from __future__ import annotations

from tenancy.models import Role

ORGANIZATION_READ = "organization:read"
ORGANIZATION_WRITE = "organization:write"
REGIONS_READ = "regions:read"
REGIONS_WRITE = "regions:write"
PEOPLE_READ = "people:read"
PEOPLE_WRITE = "people:write"
AUDIT_READ = "audit:read"

ALL_SCOPES = frozenset(
    {
        ORGANIZATION_READ,
        ORGANIZATION_WRITE,
        REGIONS_READ,
        REGIONS_WRITE,
        PEOPLE_READ,
        PEOPLE_WRITE,
        AUDIT_READ,
    }
)

_LEADER_READ = frozenset({ORGANIZATION_READ, REGIONS_READ, PEOPLE_READ})

ROLE_SCOPES: dict[str, frozenset[str]] = {
    Role.OWNER: ALL_SCOPES,
    Role.ADMIN: ALL_SCOPES,
    Role.STAFF: _LEADER_READ,
    Role.REGION_DIRECTOR: _LEADER_READ,
    Role.MEMBER: frozenset({ORGANIZATION_READ, REGIONS_READ}),
}


def scopes_for_role(role: str) -> frozenset[str]:
    return ROLE_SCOPES.get(role, frozenset())
