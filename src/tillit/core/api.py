"""The platform API (v1): one NinjaAPI, its key auth and its error shapes."""

import logging
from typing import Literal

from django.core.exceptions import SuspiciousOperation
from django.core.signals import got_request_exception
from django.db import OperationalError
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from .apikeys import acting_staff, authenticate_api_key, require_scope
from .errors import PermissionDenied, TillitError, busy_error
from .models import ApiScope
from .schemas import ErrorOut

logger = logging.getLogger("tillit.api")

# Every operation may answer these, each with an ErrorOut body; the OpenAPI
# document declares them all in one place (#10) rather than per route.
ERROR_RESPONSES = {
    400: "The body is not valid JSON or multipart.",
    401: "No valid API key: send `Authorization: Bearer KEY`.",
    403: "The key may not do this; `message` names what is missing.",
    404: "No such resource.",
    409: "The request conflicts with the current state (`code` says how).",
    422: "Invalid input: `fields` holds the messages for each field.",
    429: "Too many requests: retry after the `Retry-After` seconds.",
    500: "An unexpected error; the body never holds a traceback.",
    503: "Too busy to get a database connection: retry after `Retry-After`.",
}


class ApiKeyAuth(HttpBearer):
    """A bearer key that has the operation's scope: every operation names one,
    `auth=ApiKeyAuth(ApiScope.CASES_READ)`, and one that does not is closed (#8)."""

    def __init__(self, scope: ApiScope | None = None):
        if scope is not None and scope not in ApiScope.values:
            raise ValueError(f"unknown API scope: {scope!r}")
        self.scope = scope
        super().__init__()

    def authenticate(self, request, token):
        key = authenticate_api_key(token)
        if key is None:
            return None
        request.api_key = key
        if self.scope is None:
            raise PermissionDenied(_("This operation is not open to API keys."))
        require_scope(key, self.scope)
        if key.staff_id is not None:
            acting_staff(key)
        return key


class AnyApiKeyAuth(ApiKeyAuth):
    """Any valid key, whatever its scopes: for the health check alone."""

    def authenticate(self, request, token):
        key = authenticate_api_key(token)
        if key is not None:
            request.api_key = key
        return key


class TillitAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        schema = super().get_openapi_schema(**kwargs)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["Error"] = ErrorOut.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERROR_RESPONSES.items():
                    responses.setdefault(
                        status, {"description": description, "content": error}
                    )
        return schema


api = TillitAPI(
    title="Tillit platform API",
    version="1",
    description=(
        "Keep Tillit's directory in sync, file reports and read cases and queues. "
        "Send `Authorization: Bearer KEY` (make one with "
        "`tillit apikey create NAME --scopes SCOPE,…`). Each operation needs one "
        "scope (see docs/api.md); a key without it is 403 `scope_missing`, and a key "
        "limited to an account reaches nothing outside it."
    ),
    auth=ApiKeyAuth(),
    urls_namespace="api",
    docs_url="/docs",
)


def _field_name(loc) -> str:
    # ("body", "payload", "target", "id") -> "target.id"; ("header", "Idempotency-Key")
    # -> "Idempotency-Key"; ("file", "file") -> "file"
    parts = [str(p) for p in loc]
    if parts and parts[0] in (
        "body",
        "query",
        "path",
        "header",
        "cookie",
        "form",
        "file",
    ):
        parts = parts[1:]
    if parts and parts[0] == "payload":
        parts = parts[1:]
    return ".".join(parts) or "body"


@api.exception_handler(ValidationError)
def validation_error(request, exc):
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        fields.setdefault(_field_name(error.get("loc", ())), []).append(error["msg"])
    body = {
        "code": "invalid_input",
        "message": _("Some fields are not valid."),
        "fields": fields,
    }
    return api.create_response(request, body, status=422)


@api.exception_handler(AuthenticationError)
def authentication_error(request, exc):
    body = {
        "code": "unauthorized",
        "message": _("Send a valid API key as 'Authorization: Bearer KEY'."),
    }
    return api.create_response(request, body, status=401)


@api.exception_handler(HttpError)
def http_error(request, exc):
    code = "malformed_json" if exc.status_code == 400 else "http_error"
    message = (
        _("The request body is not valid JSON.")
        if code == "malformed_json"
        else str(exc)
    )
    return api.create_response(
        request, {"code": code, "message": message}, status=exc.status_code
    )


@api.exception_handler(TillitError)
def tillit_error(request, exc):
    response = api.create_response(request, exc.as_dict(), status=exc.http_status)
    for name, value in exc.headers().items():
        response[name] = value
    return response


@api.exception_handler(OperationalError)
def database_error(request, exc):
    busy = busy_error(exc)
    if busy is None:
        return server_error(request, exc)
    return tillit_error(request, busy)


@api.exception_handler(Http404)
def not_found(request, exc):
    body = {"code": "not_found", "message": _("Not found.")}
    return api.create_response(request, body, status=404)


@api.exception_handler(MultiPartParserError)
def malformed_multipart(request, exc):
    body = {
        "code": "malformed_multipart",
        "message": _(
            "The request body is not valid multipart/form-data: send a "
            "Content-Type with a boundary, and parts that end with it."
        ),
    }
    return api.create_response(request, body, status=400)


@api.exception_handler(SuspiciousOperation)
def bad_request(request, exc):
    # Too many fields or files, too large a body, an unsafe file name.
    logger.warning("Refused an API request: %s", exc)
    body = {"code": "bad_request", "message": _("The request could not be accepted.")}
    return api.create_response(request, body, status=400)


@api.exception_handler(Exception)
def server_error(request, exc):
    """Answer JSON without the traceback, whatever DEBUG says; log it, and tell
    Django's listeners (error reporting, the test client) as Django would."""
    logger.error(
        "Unexpected error in %s %s", request.method, request.path, exc_info=exc
    )
    got_request_exception.send(sender=None, request=request)
    body = {
        "code": "server_error",
        "message": _("Something went wrong on our side. Try again later."),
    }
    return api.create_response(request, body, status=500)


class HealthOut(Schema):
    status: Literal["ok"]


@api.get("/v1/health", response=HealthOut, auth=AnyApiKeyAuth(), tags=["health"])
def health(request):
    """Answer `{"status": "ok"}` once the key is checked, and check nothing
    else: a liveness probe for the platform, and the baseline the admission
    benchmark measures against (#12)."""
    return {"status": "ok"}
