from django.shortcuts import render
from django.utils.cache import patch_vary_headers


def render_page_or_partial(request, template, partial, context, status=200):
    """Render the whole page, or only its partial for an htmx request."""
    name = f"{template}#{partial}" if getattr(request, "htmx", False) else template
    response = render(request, name, context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response
