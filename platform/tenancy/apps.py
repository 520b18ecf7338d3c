from django.apps import AppConfig


class TenancyConfig(AppConfig):
    name = "tenancy"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from tenancy.db import apply_tenant_constraints
        from tenancy.grants import grant_runtime_privileges

        apply_tenant_constraints()

        post_migrate.connect(grant_runtime_privileges, sender=self)
