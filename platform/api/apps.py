from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "api"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from rest_framework import serializers

        from api import schema  # noqa: F401  (registers the OpenAPI auth extensions)
        from api.serializers import date_in_window

        # Every date the API takes, in a body or a query, is within the product's window.
        serializers.DateField.default_validators = [date_in_window]  # type: ignore[misc]
