import factory

from referrals.models import Referral, ThankYou
from tests.factories.groups import MemberFactory
from tests.factories.tenancy import OrganizationFactory, TenantFactory


class ReferralFactory(TenantFactory):
    class Meta:
        model = Referral

    organization = factory.SubFactory(OrganizationFactory)
    giver = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    receiver = factory.SubFactory(
        MemberFactory,
        organization=factory.SelfAttribute("..organization"),
        chapter=factory.SelfAttribute("..giver.chapter"),
        status="active",
    )
    chapter = factory.SelfAttribute("giver.chapter")
    contact_name = factory.Faker("name")
    contact_phone = "555-0199"
    consent_confirmed = True


class ThankYouFactory(TenantFactory):
    class Meta:
        model = ThankYou

    organization = factory.SubFactory(OrganizationFactory)
    thanking = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    thanked = factory.SubFactory(
        MemberFactory,
        organization=factory.SelfAttribute("..organization"),
        chapter=factory.SelfAttribute("..thanking.chapter"),
        status="active",
    )
    chapter = factory.SelfAttribute("thanking.chapter")
    amount = 1200
    currency = "USD"
