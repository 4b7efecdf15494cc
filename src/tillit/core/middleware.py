from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation

from .errors import TillitError
from .roles import staff_of


class TillitErrorMiddleware:
    """Turn a domain error raised by a view into its page or JSON, in one place."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, TillitError):
            return None
        if request.path.startswith("/api/") or "json" in request.headers.get(
            "Accept", ""
        ):
            response = JsonResponse(exception.as_dict(), status=exception.http_status)
        else:
            response = render(
                request,
                "core/error.html",
                {"error": exception},
                status=exception.http_status,
            )
        for name, value in exception.headers().items():
            response[name] = value
        return response


class StaffLanguageMiddleware:
    """Staff see the console in the language they chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        staff = staff_of(getattr(request, "user", None))
        if staff is not None and not request.COOKIES.get("django_language"):
            translation.activate(staff.language)
            request.LANGUAGE_CODE = staff.language
        return self.get_response(request)
