"""Settings shared by every environment. Every value comes from the environment.

Sections: core, apps, database, auth, API, jobs, email, cache, static, security, logging.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import django_stubs_ext
import environ

from config.paths import ROOT_DIR, VAR_DIR

django_stubs_ext.monkeypatch()  # generic Django classes (ModelAdmin[...]) at runtime

env = environ.Env()
if (ROOT_DIR / ".env").exists():
    environ.Env.read_env(ROOT_DIR / ".env")

# --- core -----------------------------------------------------------------------------------
DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS: list[str] = env.list("DJANGO_ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS: list[str] = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])
ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SITE_NAME = env.str("SITE_NAME", default="Networking Groups")
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# --- apps -----------------------------------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.headless",
    "procrastinate.contrib.django",
    # the platform
    "tenancy",
    "accounts",
    "api",
    "audit",
    "notifications",
    # the product
    "groups",
    "referrals",
    "billing",
]

MIDDLEWARE = [
    "api.middleware.ApiErrorMiddleware",  # outermost: API answers keep the problem shape
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "audit.middleware.RequestContextMiddleware",
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]


# --- database -------------------------------------------------------------------------------
def database_settings() -> dict[str, dict[str, Any]]:
    """``default`` is the runtime role (RLS applies), ``owner`` runs migrations.

    With ``DATABASE_URL`` unset, both point at the embedded server, started on first use.
    """
    url = env.str("DATABASE_URL", default="")
    if url:
        default = env.db_url_config(url)
        owner = env.db_url_config(env.str("DATABASE_OWNER_URL", default=url))
    else:
        from config.embedded_postgres import OWNER_ROLE, RUNTIME_ROLE, database_settings

        default = database_settings(RUNTIME_ROLE)
        owner = database_settings(OWNER_ROLE)
    default["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    default["CONN_HEALTH_CHECKS"] = True
    return {"default": default, "owner": owner}


DATABASES = database_settings()

# --- auth -----------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env.str("ACCOUNT_EMAIL_VERIFICATION", default="optional")
ACCOUNT_LOGIN_BY_CODE_ENABLED = False
ACCOUNT_RATE_LIMITS_ENABLED = env.bool("ACCOUNT_RATE_LIMITS_ENABLED", default=True)
if not ACCOUNT_RATE_LIMITS_ENABLED:
    ACCOUNT_RATE_LIMITS = False
HEADLESS_ONLY = True
HEADLESS_CLIENTS = ("browser", "app")
HEADLESS_FRONTEND_URLS = {
    "account_confirm_email": "/app/auth/verify-email/{key}",
    "account_reset_password": "/app/auth/password/reset",
    "account_reset_password_from_key": "/app/auth/password/reset/{key}",
    "account_signup": "/app/auth/signup",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME
MFA_TOTP_TOLERANCE = 1  # accept the neighbouring 30-second step: phones' clocks drift
LOGIN_URL = "/app/auth/login"

# --- API ------------------------------------------------------------------------------------
API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 200
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.SessionTokenAuthentication",
        "api.authentication.BrowserSessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "api.pagination.CursorPagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
    # Public endpoints (no account) are limited per client address.
    "DEFAULT_THROTTLE_RATES": {
        "public": env.str("THROTTLE_PUBLIC", default="120/hour"),
        "public_register": env.str("THROTTLE_PUBLIC_REGISTER", default="10/hour"),
    },
}
# Content-Security-Policy, sent in production (django-csp's middleware is added there).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'", "data:"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
}

SPECTACULAR_SETTINGS = {
    "TITLE": f"{SITE_NAME} API",
    "DESCRIPTION": (
        "REST API for business networking organizations. Every tenant resource lives under "
        "`/api/v1/orgs/{org_slug}/`. Errors follow one shape: "
        '`{"type", "title", "status", "detail", "errors": {field: [...]}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The docs page's Redoc comes from the pinned drf-spectacular-sidecar package, not a CDN.
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {
        "OrganizationRoleEnum": "tenancy.models.Role",
        "ChapterStatusEnum": "groups.models.Chapter.Status",
        "MemberStatusEnum": "groups.models.Member.Status",
        "ChapterRoleEnum": "groups.models.ChapterRole.Kind",
        "AttendanceStatusEnum": "groups.models.Attendance.Status",
        "ReportStatusEnum": "groups.models.Meeting.ReportStatus",
        "VisitorStatusEnum": "groups.models.Visitor.Status",
        "VisitorSourceEnum": "groups.models.Visitor.Source",
        "ApplicationStatusEnum": "groups.models.Application.Status",
        "ReferralStatusEnum": "referrals.models.Referral.Status",
        "OneToOneAnswerEnum": "referrals.models.OneToOneParticipant.Answer",
        "EducationKindEnum": "referrals.models.EducationCredit.Kind",
        "OtherHelpKindEnum": "referrals.models.OtherHelp.Kind",
        "InvitationStatusEnum": "groups.models.Invitation.Status",
    },
}

# --- jobs -----------------------------------------------------------------------------------
PROCRASTINATE_DATABASE_ALIAS = "default"

# --- email ----------------------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="no-reply@localhost")

# --- cache (allauth's rate limits and DRF's throttles live here) -----------------------------
CACHES = {"default": env.cache_url("CACHE_URL", default="dbcache://django_cache")}

# --- static ---------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env.str("DJANGO_STATIC_ROOT", default=str(VAR_DIR / "static")))
# The React app's production build: index.html is served by config.frontend, the hashed
# assets (Vite names them name-HASH.ext) as static files with a year-long cache.
FRONTEND_DIST = ROOT_DIR / "frontend" / "dist"
STATICFILES_DIRS: list[Any] = [FRONTEND_DIST] if FRONTEND_DIST.exists() else []
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/static/assets/.+-[0-9A-Za-z_-]{8,}\.\w+$"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Serve straight from the app folders and the front-end build, without collectstatic.
WHITENOISE_USE_FINDERS = env.bool("WHITENOISE_USE_FINDERS", default=True)

# --- security -------------------------------------------------------------------------------
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # the React app reads it to send X-CSRFToken
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Proxies whose X-Forwarded-For is believed when recording the client IP in audit events.
TRUSTED_PROXY_COUNT = env.int("DJANGO_TRUSTED_PROXY_COUNT", default=0)

# --- logging --------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {"pgserver": {"level": "WARNING"}, "procrastinate": {"level": "WARNING"}},
}
