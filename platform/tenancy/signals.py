"""Outward extension points of the tenancy app (other apps react; tenancy does not know them)."""

from django.dispatch import Signal

# Sent inside the new organization's tenant and transaction; ``organization``, ``actor``.
organization_created = Signal()
