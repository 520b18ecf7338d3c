from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = "Help given"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from referrals import notices  # noqa: F401 (registers the kinds of notification)
