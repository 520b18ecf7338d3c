import datetime

import factory

from groups.models import Category, Chapter, Member
from tests.factories.tenancy import OrganizationFactory, TenantFactory


class CategoryFactory(TenantFactory):
    class Meta:
        model = Category

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Profession {n}")


class ChapterFactory(TenantFactory):
    class Meta:
        model = Chapter

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Chapter {n}")
    status = Chapter.Status.ACTIVE
    meeting_start_time = datetime.time(7, 0)
    time_zone = "America/New_York"


class MemberFactory(TenantFactory):
    class Meta:
        model = Member

    organization = factory.SubFactory(OrganizationFactory)
    chapter = factory.SubFactory(
        ChapterFactory, organization=factory.SelfAttribute("..organization")
    )
    name = factory.Faker("name")
    business_name = factory.Faker("company")
    status = Member.Status.PENDING
