"""`tillit apikey`: keys with scopes, an optional account and staff member (#8)."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from tillit.core.models import ApiKey, AuditEvent


def create(*args) -> str:
    out = StringIO()
    call_command("apikey", "create", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_apikey_create_prints_a_working_key_on_its_last_line(client):
    out = create("meeting-platform", "--scopes", "cases:read")
    key = out.strip().splitlines()[-1]
    assert "Scopes: cases:read." in out
    response = client.get("/api/v1/queues/1", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    prefix = key.split("_")[1]
    call_command("apikey", "revoke", prefix, stdout=StringIO())
    response = client.get("/api/v1/queues/1", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401


@pytest.mark.django_db
def test_apikey_create_keeps_scopes_account_and_staff(
    english_account, analyst2, client
):
    out = create(
        "acme-moderation",
        "--scopes",
        "moderation:write, cases:read",
        "--account",
        "acc-en",
        "--staff",
        "tier2",
    )
    assert "Limited to account acc-en." in out
    assert "Acts as staff member tier2." in out
    row = ApiKey.objects.get(name="acme-moderation")
    assert row.scopes == ["cases:read", "moderation:write"]
    assert row.account == english_account
    assert row.staff == analyst2
    event = AuditEvent.objects.get(verb="apikey.created")
    assert event.data["scopes"] == ["cases:read", "moderation:write"]
    assert event.data["account"] == "acc-en"
    assert event.data["staff"] == "tier2"


@pytest.mark.django_db
def test_apikey_list_shows_scopes_account_and_staff(english_account, analyst2):
    create("platform", "--scopes", "reports:write,admission")
    create(
        "acme",
        "--scopes",
        "moderation:write",
        "--account",
        "acc-en",
        "--staff",
        "tier2",
    )
    out = StringIO()
    call_command("apikey", "list", stdout=out)
    lines = out.getvalue().splitlines()
    platform = next(line for line in lines if "'platform'" in line)
    acme = next(line for line in lines if "'acme'" in line)
    assert "scopes=reports:write,admission" in platform
    assert "account=*" in platform and "staff=-" in platform
    assert "scopes=moderation:write" in acme
    assert "account=acc-en" in acme and "staff=tier2" in acme


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["  ", "--scopes", "cases:read"],
            "Give the key a name of 1 to 100 characters",
        ),
        (["x" * 101, "--scopes", "cases:read"], "Give the key a name of 1 to 100"),
        (["platform"], "--scopes: Give the key at least one scope"),
        (["platform", "--scopes", " , "], "--scopes: Give the key at least one scope"),
        (
            ["platform", "--scopes", "cases:read,cases:write,root"],
            "--scopes: Unknown scope: cases:write, root. The scopes are: "
            "directory:write, reports:write, cases:read",
        ),
        (
            ["platform", "--scopes", "cases:read", "--account", "acc-nowhere"],
            "--account: There is no account acc-nowhere.",
        ),
        (
            ["platform", "--scopes", "moderation:write", "--staff", "nobody"],
            "--staff: There is no user nobody.",
        ),
        (
            ["platform", "--scopes", "moderation:write", "--staff", "outsider"],
            "--staff: outsider is not an active staff member.",
        ),
    ],
)
def test_apikey_create_refuses_bad_input_and_makes_no_key(args, message):
    get_user_model().objects.create(username="outsider", email="o@example.org")
    with pytest.raises(CommandError, match="^" + message.replace(".", r"\.")):
        create(*args)
    assert not ApiKey.objects.exists()
    assert not AuditEvent.objects.filter(verb="apikey.created").exists()


@pytest.mark.django_db
def test_apikey_revoke_of_an_unknown_prefix_is_an_error():
    with pytest.raises(CommandError, match="No key with prefix 'deadbeef'"):
        call_command("apikey", "revoke", "deadbeef", stdout=StringIO())
