"""The platform API (v1): one NinjaAPI, its key auth and its error shapes."""

from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from .apikeys import authenticate_api_key
from .errors import TillitError


class ApiKeyAuth(HttpBearer):
    def authenticate(self, request, token):
        key = authenticate_api_key(token)
        if key is not None:
            request.api_key = key
        return key


api = NinjaAPI(
    title="Tillit platform API",
    version="1",
    description=(
        "Keep Tillit's directory in sync, file reports and read cases and queues. "
        "Send `Authorization: Bearer KEY` (make one with `tillit apikey create NAME`)."
    ),
    auth=ApiKeyAuth(),
    urls_namespace="api",
    docs_url="/docs",
)


def _field_name(loc) -> str:
    # ("body", "payload", "target", "id") -> "target.id"
    parts = [str(p) for p in loc if p not in ("body", "payload", "query", "path")]
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


def register_routers() -> None:
    from tillit.cases.api import router as cases_router
    from tillit.detection.api import router as detection_router
    from tillit.directory.api import router as directory_router
    from tillit.intake.api import router as intake_router
    from tillit.safety.api import router as safety_router

    api.add_router("/v1", directory_router)
    api.add_router("/v1", intake_router)
    api.add_router("/v1", cases_router)
    api.add_router("/v1", safety_router)
    api.add_router("/v1", detection_router)
