import factory

from referrals.models import (
    EducationCredit,
    HelpTally,
    OneToOne,
    OneToOneParticipant,
    OtherHelp,
    Referral,
    Testimonial,
    ThankYou,
)
from tenancy.context import tenant
from tests.factories.groups import MemberFactory, today
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


class OneToOneFactory(TenantFactory):
    class Meta:
        model = OneToOne
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    member = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    chapter = factory.SelfAttribute("member.chapter")
    met_on = factory.LazyFunction(today)

    @factory.post_generation
    def with_participant(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:
            other = MemberFactory(
                organization=self.organization, chapter=self.chapter, status="active"
            )
            with tenant(self.organization):
                OneToOneParticipant.objects.create(one_to_one=self, member=other)


class EducationCreditFactory(TenantFactory):
    class Meta:
        model = EducationCredit

    organization = factory.SubFactory(OrganizationFactory)
    member = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    chapter = factory.SelfAttribute("member.chapter")
    title = "Givers Gain, the book"
    completed_on = factory.LazyFunction(today)


class TestimonialFactory(TenantFactory):
    class Meta:
        model = Testimonial

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
    text = "Fixed our roof in a day."


class OtherHelpFactory(TenantFactory):
    class Meta:
        model = OtherHelp

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
    kind = OtherHelp.Kind.INTRODUCTION


class HelpTallyFactory(TenantFactory):
    """One seat's help on one day, as the slip services keep it."""

    class Meta:
        model = HelpTally

    organization = factory.SubFactory(OrganizationFactory)
    member = factory.SubFactory(
        MemberFactory, organization=factory.SelfAttribute("..organization"), status="active"
    )
    chapter = factory.SelfAttribute("member.chapter")
    day = factory.LazyFunction(today)
