from typing import Any

from django.apps import AppConfig


class GroupsConfig(AppConfig):
    name = "groups"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from tenancy.signals import organization_created

        organization_created.connect(_seed_categories, dispatch_uid="groups.seed_categories")


def _seed_categories(*, organization: Any, **_: Any) -> None:
    from groups.services import category_seed_defaults

    category_seed_defaults(organization=organization)
