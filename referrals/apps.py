from django.apps import AppConfig


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = "Help given"
    default_auto_field = "django.db.models.BigAutoField"
