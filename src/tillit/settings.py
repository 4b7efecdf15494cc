"""Settings for Tillit. Everything a deployment changes comes from the environment."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from tillit.core.audit_key import read_audit_signing_key
from tillit.core.secret_key import read_secret_key

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = Path(os.environ.get("TILLIT_HOME", Path.cwd()))
VAR_DIR = Path(os.environ.get("TILLIT_VAR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

# "production" unless said otherwise: a bare deployment is the safe one (#10).
# `make run` sets TILLIT_ENV=development.
TILLIT_ENV = os.environ.get("TILLIT_ENV", "production")
if TILLIT_ENV not in ("production", "development"):
    raise ImproperlyConfigured(
        f"TILLIT_ENV must be 'production' or 'development', not {TILLIT_ENV!r}."
    )
DEVELOPMENT = TILLIT_ENV == "development"
DEBUG = os.environ.get("TILLIT_DEBUG", "1" if DEVELOPMENT else "0") == "1"
SECRET_KEY = read_secret_key(
    os.environ.get("TILLIT_SECRET_KEY"),
    key_file=VAR_DIR / "secret_key",
    development=DEVELOPMENT and DEBUG,
)
# Signs the audit log's seals (#12): the base64 of an Ed25519 private key. The
# public keys of earlier signing keys, comma-separated, keep their seals
# verifiable after a rotation.
AUDIT_SIGNING_KEY = read_audit_signing_key(
    os.environ.get("TILLIT_AUDIT_SIGNING_KEY"),
    key_file=VAR_DIR / "audit_signing_key",
    development=DEVELOPMENT and DEBUG,
)
AUDIT_RETIRED_KEYS = [
    key.strip()
    for key in os.environ.get("TILLIT_AUDIT_RETIRED_KEYS", "").split(",")
    if key.strip()
]
ALLOWED_HOSTS = os.environ.get("TILLIT_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
SITE_URL = os.environ.get("TILLIT_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
CSRF_TRUSTED_ORIGINS = [SITE_URL]

# Served over HTTPS when the site's address is https://: cookies only over TLS,
# HSTS, and plain HTTP redirected. `make run` serves plain HTTP on 127.0.0.1.
HTTPS = SITE_URL.startswith("https://")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = (
    int(os.environ.get("TILLIT_HSTS_SECONDS", "31536000")) if HTTPS else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Behind a proxy that terminates TLS, name the header it sets, for example
# TILLIT_PROXY_SSL_HEADER=X-Forwarded-Proto. Only set it if the proxy always
# sets (or strips) that header: a client could send it otherwise.
if proxy_header := os.environ.get("TILLIT_PROXY_SSL_HEADER", ""):
    SECURE_PROXY_SSL_HEADER = (
        "HTTP_" + proxy_header.upper().replace("-", "_"),
        "https",
    )
X_FRAME_OPTIONS = "DENY"
# Scripts and styles from this site only; no inline script, no plugins, no
# framing. Inline style attributes stay allowed (htmx adds its indicator style).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    # Serves /api/docs from our own static files: the CSP allows no CDN.
    "ninja",
    "django_tasks_db",
    "tillit.core",
    "tillit.notices",
    "tillit.directory",
    "tillit.policy",
    "tillit.intake",
    "tillit.cases",
    "tillit.enforcement",
    "tillit.safety",
    "tillit.appeals",
    "tillit.detection",
    "tillit.transparency",
    "tillit.legal",
    "tillit.console",
    "tillit.public",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "tillit.core.middleware.NulInputMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "tillit.core.middleware.StaffLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "tillit.core.middleware.TillitErrorMiddleware",
]

ROOT_URLCONF = "tillit.urls"
WSGI_APPLICATION = "tillit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tillit.core.context.staff",
            ],
        },
    },
]

_default_db = f"sqlite:///{VAR_DIR / 'tillit.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", _default_db), conn_max_age=0
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    from tillit.core.database import pool_options

    # One pool per process, shared by its threads: the process holds at most
    # TILLIT_DB_POOL_MAX connections (docs/operations.md sizes it, #10).
    if pool := pool_options(os.environ):
        DATABASES["default"]["OPTIONS"] = {
            **DATABASES["default"].get("OPTIONS", {}),
            "pool": pool,
        }
        # A pooled connection that died with a server restart is replaced
        # instead of failing a request.
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # Parameters bound by the server, so that a statement run again on one
    # connection reuses its prepared plan (prepared from its fifth run;
    # Django turns that off by default): the hot paths' statements cost more to plan than to run (#12).
    # TILLIT_DB_PREPARE=0 binds them in the client (a PgBouncer older than
    # 1.21 in transaction mode cannot keep prepared statements).
    if os.environ.get("TILLIT_DB_PREPARE", "1").strip() != "0":
        DATABASES["default"]["OPTIONS"] = {
            **DATABASES["default"].get("OPTIONS", {}),
            "server_side_binding": True,
            "prepare_threshold": 5,
        }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and IMMEDIATE transactions: concurrent writers queue instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA foreign_keys=ON;"
        ),
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, so browser tests' live server sees it; named apart for parallel runs.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get("TILLIT_TEST_DB", str(VAR_DIR / "test.sqlite3"))
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TILLIT_TASK_BACKEND", "django_tasks_db.DatabaseBackend"
        ),
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "public:start"
LOGOUT_REDIRECT_URL = "public:home"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("sv", _("Swedish"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Stockholm"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_ROOT = VAR_DIR / "media"

EMAIL_BACKEND = os.environ.get(
    "TILLIT_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend"
)
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("TILLIT_FROM_EMAIL", "trust@tillit.example")
TRUST_MAILBOX = os.environ.get("TILLIT_TRUST_MAILBOX", "trust@tillit.example")

DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

TILLIT = {
    # Evidence: largest file and the kinds of file accepted (sniffed, not trusted).
    "EVIDENCE_MAX_BYTES": 20 * 1024 * 1024,
    # A reporter's status link stays valid this long.
    "STATUS_LINK_MAX_AGE_DAYS": int(os.environ.get("TILLIT_STATUS_LINK_DAYS", "365")),
    # The pre-filled web-form link sent in answer to the trust mailbox.
    "EMAIL_FORM_LINK_MAX_AGE_DAYS": 14,
    "CLAIM_LEASE_MINUTES": 10,
    "WEBHOOK_MAX_ATTEMPTS": 8,
    # Decisions may be appealed this long after they are made (S17).
    "APPEAL_WINDOW_DAYS": int(os.environ.get("TILLIT_APPEAL_WINDOW_DAYS", "183")),
    # The task worker (#10): how often it beats, after how long a silent one
    # is presumed dead (its tasks re-queued, its outbox leases given back),
    # and the tasks it enqueues by itself, every so many seconds.
    "WORKER_HEARTBEAT_SECONDS": 5,
    "WORKER_DEAD_AFTER_SECONDS": 60,
    "RECURRING_TASKS": {
        "tillit.cases.tasks.reprioritise_open_cases_task": 120,
        # A lapsed claim is back in its queue at most this long after its lease.
        "tillit.cases.tasks.return_lapsed_claims_task": 30,
        "tillit.core.tasks.sweep_outbox_task": 60,
        # Seals the audit log: an event waits for a seal about this long.
        "tillit.core.tasks.seal_audit_log_task": 5,
        # Evidence retention (#15): daily.
        "tillit.legal.tasks.apply_retention_task": 86_400,
        # Account notices delayed by a non-disclosure order, sent on its end day.
        "tillit.legal.tasks.send_due_legal_notices_task": 3_600,
    },
    # How long a report's text and evidence are kept after its case's outcome
    # (#15, docs/legal.md); never while a preservation hold or an open appeal
    # needs them.
    "RETENTION": {
        "NO_VIOLATION_DAYS": int(
            os.environ.get("TILLIT_RETENTION_NO_VIOLATION_DAYS", "90")
        ),
        "ENFORCEMENT_DAYS": int(
            os.environ.get("TILLIT_RETENTION_ENFORCEMENT_DAYS", "365")
        ),
    },
    # Requests from authorities (#15): a preservation hold's period (renewable
    # once), the legal document's largest size, the disclosure link's life.
    "PRESERVATION_HOLD_DAYS": 90,
    "LEGAL_DOCUMENT_MAX_BYTES": 10 * 1024 * 1024,
    "LEGAL_DISCLOSURE_LINK_HOURS": 72,
    # The shared cache (#12, docs/operations.md): a Redis URL, one for every web
    # and worker process, or "" for none. Admission then reads a warm meeting's
    # gate and lock-outs from it instead of the database.
    "CACHE_URL": os.environ.get("TILLIT_CACHE_URL", ""),
    "CACHE_PREFIX": os.environ.get("TILLIT_CACHE_PREFIX", "tillit:"),
    # Who was admitted or sent to the waiting room is written behind the
    # decision, in one statement per this many seconds and process; 0 writes
    # each at once (#12).
    "JOINS_FLUSH_SECONDS": float(os.environ.get("TILLIT_JOINS_FLUSH_SECONDS", "0.25")),
}
if TILLIT["CACHE_URL"]:
    # Makes the cache trusted again after a restart or a lost write: every
    # active lock-out is copied into it first.
    TILLIT["RECURRING_TASKS"]["tillit.safety.tasks.ready_admission_cache_task"] = 5

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"tillit": {"handlers": ["console"], "level": "INFO"}},
}

# --- Rate limits and lockouts (issue 10, #5; docs/security.md) ---------------
# Kept in one block. Counters live in the database (core.RateCounter), shared by
# every web process and machine.


def _rate_limits(defaults: dict, spec: str) -> dict:
    """Defaults, overridden by TILLIT_RATE_LIMITS="scope=N/period,scope=off"."""
    limits = dict(defaults)
    for item in filter(None, (part.strip() for part in spec.split(","))):
        scope, _sep, value = item.partition("=")
        limits[scope.strip()] = value.strip()
    return limits


TILLIT |= {
    # Proxies in front of the web processes that append X-Forwarded-For; 0
    # means the client is REMOTE_ADDR and X-Forwarded-For is ignored.
    "NUM_PROXIES": int(os.environ.get("TILLIT_NUM_PROXIES", "0")),
    # "N/period" (s, m, h, d; "20/10m" is 20 per ten minutes) or "off".
    "RATE_LIMITS": _rate_limits(
        {
            # Public report forms (web form, "Report this event", portal), per client.
            "report": "10/h",
            # Public report forms by clients not signed in, per target.
            "report_target": "20/h",
            # Every other public POST (appeal, suggestion, consultation,
            # answers, status page questions, at-risk actions), per client.
            "public_form": "20/h",
            # POST /api/v1/reports, per API key and per target.
            "api_report": "3000/m",
            # Per target: a raid on a 1,000-person event where everyone reports
            # must get through; the reports join one case.
            "api_report_target": "5000/10m",
        },
        os.environ.get("TILLIT_RATE_LIMITS", ""),
    ),
    # Acknowledgements and mailbox answers, which a stranger can cause, per
    # recipient address and UTC day. Past it the report still counts.
    "MAIL_PER_ADDRESS_PER_DAY": int(os.environ.get("TILLIT_MAIL_PER_ADDRESS", "3")),
}

# --- Transparency (#15; docs/transparency.md) ---------------------------------
TILLIT |= {
    # The DSA Transparency Database's bulk endpoint (POST {"statements": [...]})
    # and the platform's bearer token for it; `tillit dsa submit` needs both.
    "DSA_SUBMIT_URL": os.environ.get("TILLIT_DSA_URL", ""),
    "DSA_SUBMIT_TOKEN": os.environ.get("TILLIT_DSA_TOKEN", ""),
    # The public report's figures are cached this many seconds.
    "TRANSPARENCY_CACHE_SECONDS": int(
        os.environ.get("TILLIT_TRANSPARENCY_CACHE_SECONDS", "300")
    ),
}

INSTALLED_APPS += ["axes"]
# Last, so it turns a locked-out sign-in into the lockout page.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("TILLIT_LOGIN_FAILURE_LIMIT", "5"))
# In hours; a float is read as a fraction of an hour.
AXES_COOLOFF_TIME = int(os.environ.get("TILLIT_LOGIN_COOLOFF_MINUTES", "15")) / 60
# A username from one address: a stranger cannot lock a colleague out from
# elsewhere, and guessing from one address stops after the limit.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "tillit.core.ratelimit.client_ip"
AXES_LOCKOUT_CALLABLE = "tillit.core.lockouts.lockout_response"
AXES_USERNAME_CALLABLE = "tillit.core.lockouts.lockout_username"
