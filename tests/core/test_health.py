"""GET /api/v1/health answers any valid key, and nothing else (#12)."""

import pytest

from tillit.core.apikeys import create_api_key


@pytest.mark.django_db
@pytest.mark.parametrize("scope", ["cases:read", "reports:write"])
def test_any_valid_key_is_told_ok(client, scope):
    _row, key = create_api_key(name="probe", scopes=[scope])
    response = client.get("/api/v1/health", HTTP_AUTHORIZATION=f"Bearer {key}")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
@pytest.mark.parametrize("header", [None, "Bearer not-a-key", "Basic abc"])
def test_no_key_or_a_wrong_one_is_401(client, header):
    extra = {"HTTP_AUTHORIZATION": header} if header else {}
    response = client.get("/api/v1/health", **extra)
    assert response.status_code == 401
    assert "status" not in response.json()
