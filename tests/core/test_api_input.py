"""Input that broke the API with a 500 (issue 10, finding 10): NUL characters
(PostgreSQL refuses them), text longer than its column, multipart without a
boundary, long file names; the OpenAPI document declares every error; an
unexpected error never shows its traceback."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory, override_settings

from tillit.core.api import api as ninja_api
from tillit.core.models import AuditEvent
from tillit.directory.models import Account
from tillit.intake.models import Evidence, Report
from tillit.safety.models import SecurityLayer

NUL = "\x00"
ACCOUNT = {"name": "Acme", "owner_email": "owner@acme.example"}
REPORT = {
    "channel": "in_meeting",
    "category": "harassment",
    "description": "Insults",
    "target": {"type": "meeting", "id": "123456789"},
}


def assert_names_field(response, field: str) -> None:
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["code"] == "invalid_input"
    assert field in body["fields"], body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/v1/accounts/acc-1", {**ACCOUNT, "name": f"Ac{NUL}me"}, "name"),
        (
            "/api/v1/accounts/acc-1",
            {**ACCOUNT, "admin_emails": [f"it{NUL}@acme.example"]},
            "admin_emails.0",
        ),
        ("/api/v1/accounts/acc-1", {**ACCOUNT, "name": "A" * 201}, "name"),
        ("/api/v1/accounts/a" + "b" * 64, ACCOUNT, "account_id"),
    ],
)
def test_directory_refuses_nul_and_text_longer_than_its_column(api, path, body, field):
    assert_names_field(api.put(path, body), field)
    assert not Account.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"description": f"They{NUL} shouted"}, "description"),
        ({"offender": f"Troll{NUL}"}, "offender"),
        ({"reporter": {"name": f"A{NUL}"}}, "reporter.name"),
        ({"reporter": {"user_id": "u" * 65}}, "reporter.user_id"),
        ({"target": {"type": "meeting", "id": f"1234{NUL}56789"}}, "target.id"),
        ({"offender": "x" * 201}, "offender"),
    ],
)
def test_reports_refuse_nul_and_text_longer_than_its_column(api, change, field):
    assert_names_field(api.post("/api/v1/reports", {**REPORT, **change}), field)
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_idempotency_key_longer_than_its_column_is_422(api):
    response = api.post("/api/v1/reports", REPORT, HTTP_IDEMPOTENCY_KEY="k" * 201)
    assert_names_field(response, "Idempotency-Key")
    assert not Report.objects.exists()


@pytest.mark.django_db
def test_settings_and_live_actions_refuse_nul_in_free_form_values(
    api, english_account, make_meeting
):
    make_meeting("123456789", english_account)
    patch = api.patch(
        "/api/v1/meetings/123456789/settings", {"passcode": f"Pass{NUL}word-42"}
    )
    assert_names_field(patch, "passcode")
    domains = api.patch(
        "/api/v1/accounts/acc-en/settings",
        {"allowed_domains": ["acme.example", f"evil{NUL}.example"]},
    )
    assert_names_field(domains, "allowed_domains")
    assert not SecurityLayer.objects.filter(values__has_key="passcode").exists()
    assert_names_field(api.get(f"/api/v1/accounts/acc{NUL}en/settings"), "owner_id")
    live = api.post(
        "/api/v1/meetings/123456789/live",
        {"action": "report", "key": "p1", "description": f"x{NUL}"},
    )
    assert_names_field(live, "description")
    admission = api.post(
        "/api/v1/meetings/123456789/admission",
        {"participant": {"authenticated": False, "ip": "192.0.2.1", "name": NUL}},
    )
    assert_names_field(admission, "participant.name")


@pytest.mark.django_db
def test_multipart_without_a_boundary_is_a_clear_400(client, api_key, file_report):
    report = file_report("123456789")
    response = client.post(
        f"/api/v1/reports/{report.pk}/evidence",
        "--x\r\nContent-Disposition: form-data; name=file\r\n\r\nhi\r\n--x--",
        content_type="multipart/form-data",
        HTTP_AUTHORIZATION=f"Bearer {api_key}",
    )
    assert response.status_code == 400
    assert response.json()["code"] == "malformed_multipart"
    assert "boundary" in response.json()["message"]
    assert not Evidence.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("é" * 1000 + ".txt", "é" * 251 + ".txt"),
        ("notes." + "x" * 1000, "." + "x" * 254),
        ("../../etc/pass\x07wd\u202e.txt", "passwd.txt"),
    ],
)
def test_file_names_are_cleaned_and_cut_to_fit(
    client, api_key, file_report, sent, shown
):
    report = file_report("123456789")
    upload = SimpleUploadedFile("x.txt", b"What they wrote in the chat.")
    upload.name = sent  # as a client sends it, not as Django would cut it
    response = client.post(
        f"/api/v1/reports/{report.pk}/evidence",
        {"file": upload},
        HTTP_AUTHORIZATION=f"Bearer {api_key}",
    )
    assert response.status_code == 201, response.content
    evidence = Evidence.objects.get()
    assert response.json()[0]["name"] == evidence.original_name == shown
    # Stored under its content's digest: the sender's name never reaches the disk.
    assert evidence.file.name.rsplit("/", 1)[1].startswith(evidence.sha256[:32])
    assert evidence.file.read() == b"What they wrote in the chat."


def test_file_names_from_any_channel_are_cleaned():
    from tillit.intake.evidence import clean_file_name

    assert clean_file_name("C:\\Users\\me\\chat\x00log.txt") == "chatlog.txt"
    assert clean_file_name("  two   spaces\t.png ") == "two spaces.png"
    assert clean_file_name("\x01\u200b") == "evidence"
    long = clean_file_name("a" * 300 + ".jpeg")
    assert len(long) == 255 and long.endswith("a.jpeg")


@override_settings(DEBUG=True)
def test_an_unexpected_error_is_json_without_a_traceback():
    request = RequestFactory().get("/api/v1/cases/1")
    response = ninja_api.on_exception(request, RuntimeError("password=hunter2"))
    assert response.status_code == 500
    body = json.loads(response.content)
    assert body["code"] == "server_error"
    assert "hunter2" not in response.content.decode()
    assert "Traceback" not in response.content.decode()


def _request_schemas(document: dict):
    """Yield (where, schema) for every parameter and request body schema, with
    $refs and nested objects and arrays followed."""
    components = document["components"]["schemas"]

    def walk(where, schema):
        if "$ref" in schema:
            yield from walk(where, components[schema["$ref"].rsplit("/", 1)[1]])
            return
        yield where, schema
        for name, sub in schema.get("properties", {}).items():
            yield from walk(f"{where}.{name}", sub)
        for key in ("items", "additionalProperties", "propertyNames"):
            if isinstance(schema.get(key), dict):
                yield from walk(f"{where}[]", schema[key])
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key, []):
                yield from walk(where, sub)

    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            label = f"{method.upper()} {path}"
            for parameter in operation.get("parameters", []):
                yield from walk(f"{label} {parameter['name']}", parameter["schema"])
            body = operation.get("requestBody", {}).get("content", {})
            for media in body.values():
                yield from walk(f"{label} body", media["schema"])


def test_every_string_the_api_accepts_declares_its_length(client):
    """So no text longer than its column reaches the database (#10)."""
    document = client.get("/api/openapi.json").json()
    unbounded = [
        where
        for where, schema in _request_schemas(document)
        if schema.get("type") == "string"
        and "maxLength" not in schema
        and "enum" not in schema
        and "const" not in schema
        and schema.get("format") not in ("date", "date-time", "binary", "ipvanyaddress")
    ]
    assert unbounded == []


def test_every_operation_declares_its_errors(client):
    document = client.get("/api/openapi.json").json()
    error = {"$ref": "#/components/schemas/Error"}
    assert set(document["components"]["schemas"]["Error"]["required"]) == {
        "code",
        "message",
    }
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for status in ("400", "401", "403", "404", "409", "422", "429", "500"):
                declared = operation["responses"].get(status)
                assert declared, (method, path, status)
                assert declared["content"]["application/json"]["schema"] == error


@pytest.mark.django_db
def test_pages_refuse_nul_in_query_and_form_fields(client, analyst1):
    client.force_login(analyst1)
    search = client.get("/console/register/", {"q": f"slur{NUL}"})
    assert search.status_code == 422
    assert "NUL" in search.text
    suggest = client.post(
        "/guidelines/suggest/",
        {"name": "A", "email": "a@example.org", "text": f"Add a rule{NUL}"},
    )
    assert suggest.status_code == 422
    assert not AuditEvent.objects.filter(verb__startswith="policy.").exists()


@pytest.mark.django_db
def test_a_page_address_holding_nul_is_404(client, english_account, make_event):
    make_event("ev-1", english_account)
    assert client.get("/events/ev-1/").status_code == 200
    assert client.get("/events/ev-1%00/").status_code == 404
    assert (
        client.post("/events/ev%001/report/", {"description": "x"}).status_code == 404
    )


@pytest.mark.django_db
def test_a_cookie_holding_nul_is_ignored(analyst1):
    client = Client()
    client.cookies["sessionid"] = '"abcdefgh\\000ijkl"'
    assert client.get("/console/").status_code == 302  # to sign in, not a 500
