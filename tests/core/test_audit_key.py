"""The audit log's signing key (#12) is never in the database: production
refuses to start without one, development keeps one under var/, the tests
make one for the run."""

import stat

from django.conf import settings

from tests.core.test_settings import AUDIT_KEY, STRONG_KEY, run
from tillit.core.audit_key import private_key

SHOW_KEY = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.AUDIT_SIGNING_KEY)"
)


def test_production_refuses_to_start_without_an_audit_signing_key(tmp_path):
    done = run(tmp_path, "-c", SHOW_KEY, TILLIT_SECRET_KEY=STRONG_KEY)
    assert done.returncode != 0
    assert "ImproperlyConfigured: TILLIT_AUDIT_SIGNING_KEY is not set" in done.stderr
    assert not (tmp_path / "audit_signing_key").exists()


def test_a_key_that_is_not_32_bytes_is_refused(tmp_path):
    for bad in ("not base64!", "c2hvcnQ=", AUDIT_KEY + AUDIT_KEY):
        done = run(
            tmp_path,
            "-c",
            SHOW_KEY,
            TILLIT_SECRET_KEY=STRONG_KEY,
            TILLIT_AUDIT_SIGNING_KEY=bad,
        )
        assert "TILLIT_AUDIT_SIGNING_KEY must be the base64 of 32 bytes" in (
            done.stderr
        ), bad


def test_the_configured_key_is_used(tmp_path):
    done = run(
        tmp_path,
        "-c",
        SHOW_KEY,
        TILLIT_SECRET_KEY=STRONG_KEY,
        TILLIT_AUDIT_SIGNING_KEY=AUDIT_KEY,
    )
    assert done.stdout.strip() == AUDIT_KEY, done.stderr
    assert not (tmp_path / "audit_signing_key").exists()


def test_development_makes_a_private_key_once_and_keeps_it(tmp_path):
    first = run(tmp_path, "-c", SHOW_KEY, TILLIT_ENV="development")
    key = first.stdout.strip()
    key_file = tmp_path / "audit_signing_key"
    assert key_file.read_text().strip() == key, first.stderr
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    private_key(key)  # a valid Ed25519 key
    again = run(tmp_path, "-c", SHOW_KEY, TILLIT_ENV="development")
    assert again.stdout.strip() == key


def test_the_tests_sign_with_a_key_made_for_the_run():
    private_key(settings.AUDIT_SIGNING_KEY)
    assert settings.AUDIT_SIGNING_KEY != AUDIT_KEY
