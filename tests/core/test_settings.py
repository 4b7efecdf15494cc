"""A bare deployment is safe (issue 10, finding 4): DEBUG off, no start without a
strong signing key, and the documented production settings pass
`tillit check --deploy` without a warning."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tillit.core.secret_key import KNOWN_KEYS

STRONG_KEY = "k3y-for-the-settings-tests-0123456789-abcdefghijklmnopqrstuvwxyz"
# An Ed25519 private key for the audit log's seals (#12): base64 of 32 bytes.
AUDIT_KEY = "c2V0dGluZ3MtdGVzdHMtYXVkaXQtc2lnbmluZy1rZXk="
SHOW = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECRET_KEY)"
)
# docs/operations.md, "Production settings": what a deployment behind a proxy sets.
PRODUCTION = {
    "TILLIT_SECRET_KEY": STRONG_KEY,
    "TILLIT_AUDIT_SIGNING_KEY": AUDIT_KEY,
    "TILLIT_SITE_URL": "https://trust.example.org",
    "TILLIT_ALLOWED_HOSTS": "trust.example.org",
    "TILLIT_PROXY_SSL_HEADER": "X-Forwarded-Proto",
}


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """Run Python with the real settings module and only the given TILLIT_*."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TILLIT_")}
    clean.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests
    clean.update(
        DJANGO_SETTINGS_MODULE="tillit.settings", TILLIT_VAR=str(tmp_path), **env
    )
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, *args],
        env=clean,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_bare_deployment_refuses_to_start_without_a_key(tmp_path):
    done = run(tmp_path, "-c", "import django; django.setup()")
    assert done.returncode != 0
    assert "ImproperlyConfigured: TILLIT_SECRET_KEY is not set" in done.stderr
    assert not (tmp_path / "secret_key").exists()


REFUSED = [
    {"TILLIT_ENV": "development", "TILLIT_DEBUG": "0"},
    {"TILLIT_ENV": "production", "TILLIT_DEBUG": "1"},
    {"TILLIT_SECRET_KEY": next(iter(KNOWN_KEYS))},
    {"TILLIT_SECRET_KEY": "short-key"},
    {"TILLIT_SECRET_KEY": "a" * 80},
    {"TILLIT_SECRET_KEY": "django-insecure-" + STRONG_KEY},
]
TRY_EACH = """
import json, os, runpy, sys
from django.core.exceptions import ImproperlyConfigured
for env in json.loads(sys.argv[1]):
    for name in ("TILLIT_ENV", "TILLIT_DEBUG", "TILLIT_SECRET_KEY"):
        os.environ.pop(name, None)
    os.environ.update(env)
    try:
        runpy.run_module("tillit.settings")
        print("started")
    except ImproperlyConfigured as exc:
        print("refused" if "TILLIT_SECRET_KEY" in str(exc) else exc)
"""


def test_production_or_debug_off_refuses_a_missing_published_or_weak_key(tmp_path):
    import json

    done = run(tmp_path, "-c", TRY_EACH, json.dumps(REFUSED))
    assert done.stdout.split() == ["refused"] * len(REFUSED), done.stderr
    assert not (tmp_path / "secret_key").exists()


def test_debug_is_off_unless_asked_for(tmp_path):
    done = run(
        tmp_path,
        "-c",
        SHOW,
        TILLIT_SECRET_KEY=STRONG_KEY,
        TILLIT_AUDIT_SIGNING_KEY=AUDIT_KEY,
    )
    assert done.stdout.split()[0] == "False", done.stderr


def test_development_makes_a_private_key_once_and_keeps_it(tmp_path):
    first = run(tmp_path, "-c", SHOW, TILLIT_ENV="development")
    debug, ssl_redirect, secure_cookie, key = first.stdout.split()
    # make run serves plain HTTP on 127.0.0.1: nothing may insist on TLS.
    assert (debug, ssl_redirect, secure_cookie) == ("True", "False", "False")
    key_file = tmp_path / "secret_key"
    assert key_file.read_text().strip() == key and len(key) >= 50
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    again = run(tmp_path, "-c", SHOW, TILLIT_ENV="development")
    assert again.stdout.split()[3] == key


def test_documented_production_settings_pass_check_deploy(tmp_path):
    done = run(
        tmp_path,
        "-m",
        "tillit.cli",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        **PRODUCTION,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy():
    response = Client().get("/report/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    # The API's docs page loads Swagger UI from the site, not from a CDN.
    docs = Client().get("/api/docs")
    assert docs.status_code == 200 and "/static/ninja/swagger-ui-bundle.js" in docs.text


def test_no_template_needs_inline_script():
    """The policy allows no inline handler or javascript: link."""
    import re

    import tillit

    offending = []
    for template in Path(tillit.__file__).parent.rglob("templates/**/*.html"):
        text = template.read_text()
        if re.search(r"\son[a-z]+=|javascript:|<script>", text):
            offending.append(template.name)
    assert offending == []
