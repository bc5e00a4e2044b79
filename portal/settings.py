"""One settings module for every environment, driven by environment variables.

With nothing set, the portal runs embedded: a PostgreSQL server of its own
(portal/embedded_db.py, data in .data/), Celery tasks run eagerly in-process,
e-mail printed to the console. Production sets DATABASE_URL, REDIS_URL,
SECRET_KEY, ALLOWED_HOSTS and DEBUG=false. A bad value stops the start with a
message that names the variable.
"""

from pathlib import Path

import environ
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()


def _read(name: str, cast, default):
    try:
        return cast(name, default=default)
    except (ValueError, TypeError, ImproperlyConfigured) as exc:
        raise ImproperlyConfigured(f"Environment variable {name} has a bad value: {exc}") from exc


DEBUG = _read("DEBUG", env.bool, True)
_DEV_SECRET = "dev-only-insecure-key-do-not-use-in-production"
SECRET_KEY = _read("SECRET_KEY", env.str, _DEV_SECRET if DEBUG else None)
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
ALLOWED_HOSTS = _read("ALLOWED_HOSTS", env.list, ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = _read("CSRF_TRUSTED_ORIGINS", env.list, [])
# The port `make run` serves on; absolute links (e-mails, the fee card) follow it
# unless SITE_URL names the public address.
PORT = _read("PORT", env.int, 8000)
SITE_URL = _read("SITE_URL", env.str, f"http://127.0.0.1:{PORT}").rstrip("/")

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    # The open-data API at /api/v1/ (costs/opendata/).
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "accounts",
    "agencies",
    "costs",
    "portal",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before anything that answers early, so that API answers carry their CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages for visitors without a session, whole, before the rest runs.
    "costs.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "csp.middleware.CSPMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.languages",
                "portal.context_processors.roles",
            ],
        },
    },
]

# Database: PostgreSQL everywhere. DATABASE_URL names the server (production,
# CI); without it the project starts its own, with its data in .data/.
if _read("DATABASE_URL", env.str, ""):
    DATABASES = {"default": _read("DATABASE_URL", env.db_url, None)}
else:
    from portal.embedded_db import embedded_database

    DATABASES = {"default": embedded_database(BASE_DIR / ".data")}
# Persistent connections: measured, 30% of throughput is lost without them.
DATABASES["default"]["CONN_MAX_AGE"] = _read("CONN_MAX_AGE", env.int, 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = _read("REDIS_URL", env.str, "")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured("REDIS_URL must start with redis://, rediss:// or unix://.")

if REDIS_URL:
    CACHES = {
        "default": {
            # Fails open: with Redis down, rate limits are skipped (and logged)
            # instead of sign-in, sign-up and password reset answering 500.
            "BACKEND": "portal.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "fairfee",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Celery: the broker is Redis; with no REDIS_URL tasks run eagerly in-process.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
# No result backend: with one, .delay() blocks for seconds when Redis is down.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
# A task is acknowledged when it has finished, so a worker killed mid-run
# loses nothing: Redis hands the unacknowledged message to a worker again once
# the visibility timeout has passed (the default, an hour, left a killed
# recompute undone that long). It must exceed the longest run, or a task still
# running is delivered twice: the first full recompute with every flag to open
# took 29 s (README, "Measured"), so five minutes, and every task is stopped
# before that (the soft limit raises in the task, the hard one kills it); a
# task stopped so leaves its agency marked stale, for the sweep to redo.
_VISIBILITY_TIMEOUT = _read("CELERY_VISIBILITY_TIMEOUT", env.int, 300)
if _VISIBILITY_TIMEOUT < 2:
    raise ImproperlyConfigured("CELERY_VISIBILITY_TIMEOUT must be at least 2 seconds.")
CELERY_TASK_ACKS_LATE = True
# A worker process that dies (the OOM killer, a segfault) puts its task back at once.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_TASK_TIME_LIMIT = max(1, _VISIBILITY_TIMEOUT * 8 // 10)
CELERY_TASK_SOFT_TIME_LIMIT = max(1, _VISIBILITY_TIMEOUT * 7 // 10)
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 1,
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # How often a worker looks for messages past the timeout (kombu's default
    # is every 100 s): a tenth of the timeout.
    "unacked_restore_interval": max(1, _VISIBILITY_TIMEOUT // 10),
    "unacked_restore_throttle": 1,
}
CELERY_BEAT_SCHEDULE = {
    # Catches every recompute that a broker or worker outage made us miss.
    "sweep-stale": {"task": "costs.tasks.sweep_stale", "schedule": 300.0},
    # Survey imports the workers never got (broker down) or lost (worker died).
    "sweep-imports": {"task": "costs.tasks.sweep_imports", "schedule": 60.0},
    # Rules and exchange rates change by the admin's hand: everything, nightly.
    "recompute-all": {"task": "costs.tasks.recompute_all", "schedule": crontab(hour=2, minute=30)},
    # The open-data dump (costs/opendata/dump.py), after the nightly recompute.
    "opendata-dump": {
        "task": "costs.tasks.write_opendata_dump",
        "schedule": crontab(hour=3, minute=30),
    },
    "review-digests": {
        "task": "costs.tasks.send_review_digests",
        "schedule": crontab(hour=0, minute=0),
    },
}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_REDIRECT_URL = "home"
# A URL name, reversed under the language of the page that sends the visitor to
# sign in, so a /vi/ visitor signs in on /vi/ whatever the browser says.
LOGIN_URL = "account_login"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = _read("ACCOUNT_EMAIL_VERIFICATION", env.str, "mandatory")
# allauth's rate limiter (in the cache: Redis when REDIS_URL is set) also guards
# the portal's anonymous forms. Its keys never hold an address, nor a plain hash
# of one: the adapter hands allauth a keyed hash that changes every day.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "report_submit": "5/h/key",
    "receipt_lookup": "10/15m/key",
}
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
# Behind a proxy, the client is the address the proxy saw: say how many proxies
# append to X-Forwarded-For, or name the one header the proxy sets. Unset, the
# connection's own address counts (a proxy would then make everyone one client).
ALLAUTH_TRUSTED_PROXY_COUNT = _read("TRUSTED_PROXY_COUNT", env.int, 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = _read("TRUSTED_CLIENT_IP_HEADER", env.str, "") or None
ACCOUNT_LOGOUT_ON_GET = False

EMAIL_BACKEND = _read("EMAIL_BACKEND", env.str, "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = _read("EMAIL_HOST", env.str, "localhost")
EMAIL_PORT = _read("EMAIL_PORT", env.int, 25)
EMAIL_HOST_USER = _read("EMAIL_HOST_USER", env.str, "")
EMAIL_HOST_PASSWORD = _read("EMAIL_HOST_PASSWORD", env.str, "")
EMAIL_USE_TLS = _read("EMAIL_USE_TLS", env.bool, False)
DEFAULT_FROM_EMAIL = _read("DEFAULT_FROM_EMAIL", env.str, "FairFee <noreply@fairfee.invalid>")

# Languages: the interface and translated database content.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("km", _("Khmer")),
    ("vi", _("Vietnamese")),
    ("ja", _("Japanese")),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "km", "vi", "ja")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# Our catalogue first; then our Khmer and Vietnamese translations of allauth's
# account strings (allauth ships none), ahead of allauth's own catalogues.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_allauth"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security. The CSP allows no inline script anywhere: the site needs no JavaScript.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _read("SECURE_SSL_REDIRECT", env.bool, True)
    SECURE_HSTS_SECONDS = _read("SECURE_HSTS_SECONDS", env.int, 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
SILENCED_SYSTEM_CHECKS = _read("SILENCED_SYSTEM_CHECKS", env.list, [])

# Publishing reported figures for fewer reports than this could identify a reporter.
MIN_REPORTS_PUBLIC = _read("MIN_REPORTS_PUBLIC", env.int, 3)
# Workers' receipt codes are stored as an HMAC under this key, not SECRET_KEY,
# so rotating the secret key does not lock anyone out of their report. To
# rotate it, move the old key to RECEIPT_KEYS_PREVIOUS: codes that match a
# previous key are re-keyed as they are used.
_DEV_RECEIPT_KEY = "dev-only-receipt-key-do-not-use-in-production"
RECEIPT_KEY = _read("RECEIPT_KEY", env.str, _DEV_RECEIPT_KEY if DEBUG else None)
if not RECEIPT_KEY:
    raise ImproperlyConfigured(
        "RECEIPT_KEY must be set when DEBUG is off: it keys the stored hashes of "
        "workers' receipt codes (a long random string, not the SECRET_KEY)."
    )
RECEIPT_KEYS_PREVIOUS = _read("RECEIPT_KEYS_PREVIOUS", env.list, [])
COMPARE_PAGE_SIZE = 15
# Public pages for visitors without a session come from the cache (costs/pagecache.py).
PAGE_CACHE = _read("PAGE_CACHE", env.bool, True)
# A page is dropped by its versions at once; this only bounds the life of one
# whose version bump was lost to a cache outage.
PAGE_CACHE_SECONDS = _read("PAGE_CACHE_SECONDS", env.int, 600)
# /bench/hello/, the baseline of bench/pages.py: off unless a benchmark turns it on.
BENCH_HELLO = _read("BENCH_HELLO", env.bool, False)
# NGO survey uploads (costs/reports/imports.py): bigger files are refused with a
# message before they are stored; split them. The import reads the file row by
# row, so memory stays small whatever these are.
IMPORT_MAX_BYTES = _read("IMPORT_MAX_BYTES", env.int, 10 * 2**20)
IMPORT_MAX_ROWS = _read("IMPORT_MAX_ROWS", env.int, 50_000)

# Files the portal writes: the nightly open-data dump lands in MEDIA_ROOT/opendata/.
MEDIA_ROOT = Path(_read("MEDIA_ROOT", env.str, str(BASE_DIR / "media")))

# The open-data API (costs/opendata/): public, anonymous and read-only. No
# authentication runs on it, so no session or CSRF token is involved; clients
# are throttled by the same daily keyed hash of their address as the rate
# limiter's (accounts.adapters.client_key).
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["costs.opendata.throttling.ClientKeyThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": _read("API_RATE_LIMIT", env.str, "1000/hour")},
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "costs.opendata.pagination.Pagination",
    "PAGE_SIZE": 100,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "FairFee open data API",
    "DESCRIPTION": (
        "What recruitment agencies in Cambodia and Vietnam say they charge workers going "
        "to Japan, what workers reported paying (through the disclosure-control policy: "
        "nothing from fewer than MIN_REPORTS_PUBLIC reports, bands for small groups, "
        "rounded figures for large ones, released in batches), public flags, the legal "
        "rules, the reference catalogue and the cost of migration by corridor (SDG 10.7.1). "
        "Version 1 never changes incompatibly: fields and endpoints are only added. "
        "Data licence: CC BY 4.0."
    ),
    "VERSION": "1",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": False,
    # The documentation page's scripts and styles come from the portal itself
    # (drf-spectacular-sidecar), never from a CDN: the CSP allows only 'self'.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None, "tryItOutEnabled": False},
}
# Cross-origin reads of the API only, without cookies; the rest of the site sends no CORS headers.
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": _read("LOG_LEVEL", env.str, "INFO")},
}
