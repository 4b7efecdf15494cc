from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError


@pytest.mark.django_db
def test_apikey_create_prints_a_working_key_on_its_last_line(client):
    out = StringIO()
    call_command("apikey", "create", "meeting-platform", stdout=out)
    key = out.getvalue().strip().splitlines()[-1]
    response = client.get("/api/v1/queues/1", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    prefix = key.split("_")[1]
    call_command("apikey", "revoke", prefix, stdout=StringIO())
    response = client.get("/api/v1/queues/1", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 401


@pytest.mark.django_db
def test_apikey_create_needs_a_name():
    with pytest.raises(CommandError):
        call_command("apikey", "create", "  ", stdout=StringIO())
