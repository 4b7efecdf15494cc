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
            return JsonResponse(exception.as_dict(), status=exception.http_status)
        return render(
            request,
            "core/error.html",
            {"error": exception},
            status=exception.http_status,
        )


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
