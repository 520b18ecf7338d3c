"""Layer 2: the fail-closed ORM manager and the tenant context."""

import pytest

from tenancy.context import TenantNotSetError, current_organization, tenant
from tenancy.models import TENANT_MISMATCH, Region
from tests.factories.tenancy import OrganizationFactory, RegionFactory

pytestmark = pytest.mark.django_db


def test_the_default_manager_raises_without_a_tenant() -> None:
    with pytest.raises(TenantNotSetError, match="No tenant is set"):
        Region.objects.all()


def test_the_default_manager_filters_by_the_tenant_in_context() -> None:
    first, second = OrganizationFactory(), OrganizationFactory()
    mine = RegionFactory(organization=first)
    RegionFactory(organization=second)
    with tenant(first):
        assert list(Region.objects.all()) == [mine]


def test_unscoped_is_still_bounded_by_row_level_security() -> None:
    first, second = OrganizationFactory(), OrganizationFactory()
    RegionFactory(organization=first)
    RegionFactory(organization=second)
    assert Region.objects.unscoped().count() == 0
    with tenant(second):
        assert {r.organization_id for r in Region.objects.unscoped()} == {second.pk}


def test_saving_needs_a_tenant() -> None:
    region = Region(name="Nowhere")
    with pytest.raises(TenantNotSetError):
        region.save()


def test_saving_into_another_tenant_is_refused() -> None:
    first, second = OrganizationFactory(), OrganizationFactory()
    with tenant(first), pytest.raises(TenantNotSetError, match=TENANT_MISMATCH):
        Region(name="Elsewhere", organization=second).save()


def test_contexts_nest_and_restore() -> None:
    first, second = OrganizationFactory(), OrganizationFactory()
    with tenant(first):
        with tenant(second):
            assert current_organization() == second
        assert current_organization() == first
        RegionFactory(organization=first)
        assert Region.objects.count() == 1
    assert current_organization() is None


def test_an_error_inside_the_block_restores_the_context() -> None:
    first = OrganizationFactory()
    with pytest.raises(ValueError), tenant(first):
        raise ValueError("boom")
    assert current_organization() is None
