import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from procrastinate.contrib.django.models import ProcrastinateJob

from audit.models import AuditEvent
from core.errors import Conflict, PermissionDenied
from tenancy import services
from tenancy.context import tenant
from tenancy.models import Organization, OrganizationMembership, Region, Role
from tenancy.tasks import send_welcome_email
from tests.factories.accounts import UserFactory
from tests.factories.tenancy import MembershipFactory, OrganizationFactory, RegionFactory

pytestmark = pytest.mark.django_db


def _create(actor, **overrides):
    fields = {
        "name": "Acme Referrals",
        "slug": "acme",
        "currency": "EUR",
        "time_zone": "Europe/Paris",
    }
    return services.organization_create(actor=actor, **{**fields, **overrides})


def test_organization_create_makes_the_caller_owner_audits_and_enqueues_welcome() -> None:
    actor = UserFactory()
    organization = _create(actor)
    with tenant(organization):
        membership = OrganizationMembership.objects.get()
        event = AuditEvent.objects.get()
    assert (membership.user, membership.role) == (actor, Role.OWNER)
    assert (event.action, event.actor, event.target_id) == (
        "organization.created",
        actor,
        str(organization.pk),
    )
    assert event.after["slug"] == "acme"
    job = ProcrastinateJob.objects.get(task_name="tenancy.send_welcome_email")
    assert job.args == {
        "organization_id": str(organization.pk),
        "membership_id": str(membership.pk),
    }


def test_organization_create_refuses_a_taken_slug_and_changes_nothing() -> None:
    OrganizationFactory(slug="acme")
    with pytest.raises(Conflict) as caught:
        _create(UserFactory())
    assert caught.value.field == "slug"
    assert Organization.objects.count() == 1
    assert ProcrastinateJob.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [("slug", "Bad Slug"), ("slug", "ab"), ("currency", "XXY"), ("time_zone", "Mars/Olympus")],
)
def test_organization_create_refuses_bad_fields(field, value) -> None:
    with pytest.raises(ValidationError) as caught:
        _create(UserFactory(), **{field: value})
    assert field in caught.value.message_dict
    assert Organization.objects.count() == 0


def test_welcome_email_is_sent_once_even_if_the_job_runs_twice() -> None:
    actor = UserFactory(email="founder@example.com")
    organization = _create(actor)
    with tenant(organization):
        membership = OrganizationMembership.objects.get()
    for _ in range(2):
        send_welcome_email(organization_id=str(organization.pk), membership_id=str(membership.pk))
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["founder@example.com"]
    assert "Acme Referrals" in mail.outbox[0].subject


def test_settings_change_is_merged_validated_and_audited() -> None:
    actor = UserFactory()
    organization = _create(actor)
    services.organization_update(
        organization=organization, actor=actor, settings={"max_absences": 4}
    )
    organization.refresh_from_db()
    assert organization.settings == {"max_absences": 4}
    with tenant(organization):
        event = AuditEvent.objects.get(action="organization.settings_changed")
    assert (event.before, event.after) == ({"settings": {}}, {"settings": {"max_absences": 4}})
    with pytest.raises(ValidationError) as caught:
        services.organization_update(
            organization=organization, actor=actor, settings={"max_absences": "4"}
        )
    assert "max_absences" in caught.value.message_dict


def test_region_names_are_unique_per_organization_only() -> None:
    first, second = OrganizationFactory(), OrganizationFactory()
    services.region_create(organization=first, actor=None, name="North")
    services.region_create(organization=second, actor=None, name="North")
    with pytest.raises(Conflict):
        services.region_create(organization=first, actor=None, name="north")


def test_a_region_with_directors_cannot_be_deleted() -> None:
    director = MembershipFactory(role=Role.REGION_DIRECTOR)
    with tenant(director.organization):
        with pytest.raises(Conflict):
            services.region_delete(region=director.region, actor=None)
        assert Region.objects.count() == 1


def test_role_change_is_audited_with_before_and_after() -> None:
    owner = MembershipFactory(role=Role.OWNER)
    person = MembershipFactory(organization=owner.organization, role=Role.MEMBER)
    with tenant(owner.organization):
        services.membership_update(
            membership=person, actor_membership=owner, role=Role.ADMIN, region=None
        )
        event = AuditEvent.objects.get(action="membership.role_changed")
    assert (event.before["role"], event.after["role"], event.actor) == (
        "member",
        "admin",
        owner.user,
    )


def test_the_last_owner_cannot_step_down_or_leave() -> None:
    owner = MembershipFactory(role=Role.OWNER)
    with tenant(owner.organization):
        with pytest.raises(Conflict):
            services.membership_update(
                membership=owner, actor_membership=owner, role=Role.ADMIN, region=None
            )
        with pytest.raises(Conflict):
            services.membership_delete(membership=owner, actor_membership=owner)
        owner.refresh_from_db()
        assert owner.role == Role.OWNER


def test_only_owners_grant_the_owner_role() -> None:
    admin = MembershipFactory(role=Role.ADMIN)
    person = MembershipFactory(organization=admin.organization)
    with tenant(admin.organization), pytest.raises(PermissionDenied):
        services.membership_update(
            membership=person, actor_membership=admin, role=Role.OWNER, region=None
        )


def test_region_directors_need_a_region_and_others_have_none() -> None:
    owner = MembershipFactory(role=Role.OWNER)
    person = MembershipFactory(organization=owner.organization)
    region = RegionFactory(organization=owner.organization)
    with tenant(owner.organization):
        with pytest.raises(ValidationError):
            services.membership_update(
                membership=person, actor_membership=owner, role=Role.REGION_DIRECTOR, region=None
            )
        with pytest.raises(ValidationError):
            services.membership_update(
                membership=person, actor_membership=owner, role=Role.STAFF, region=region
            )
        services.membership_update(
            membership=person, actor_membership=owner, role=Role.REGION_DIRECTOR, region=region
        )
        person.refresh_from_db()
        assert (person.role, person.region) == (Role.REGION_DIRECTOR, region)
