from typing import Any

import factory
from factory.django import DjangoModelFactory

from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership, Region, Role
from tests.factories.accounts import UserFactory


class TenantFactory(DjangoModelFactory[Any]):
    """Creates tenant rows inside their organization's tenant, as the application does."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Any:
        organization = kwargs.pop("organization")
        with tenant(organization):
            instance = model_class(*args, organization=organization, **kwargs)
            instance.save()
        return instance


class OrganizationFactory(DjangoModelFactory[Organization]):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Networking Group {n}")
    slug = factory.Sequence(lambda n: f"group-{n}")
    currency = "USD"
    time_zone = "America/New_York"


class RegionFactory(TenantFactory):
    class Meta:
        model = Region

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Region {n}")


class MembershipFactory(TenantFactory):
    class Meta:
        model = OrganizationMembership

    organization = factory.SubFactory(OrganizationFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MEMBER
    region = factory.Maybe(
        factory.LazyAttribute(lambda o: o.role == Role.REGION_DIRECTOR),
        yes_declaration=factory.SubFactory(
            RegionFactory, organization=factory.SelfAttribute("..organization")
        ),
        no_declaration=None,
    )
