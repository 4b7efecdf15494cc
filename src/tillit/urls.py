from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tillit.cases.api import router as cases_router
from tillit.cases.filing_api import router as filing_router
from tillit.core.api import api
from tillit.detection.api import router as detection_router
from tillit.directory.api import router as directory_router
from tillit.intake.api import router as intake_router
from tillit.legal.api import router as legal_router
from tillit.safety.api import router as safety_router
from tillit.transparency.api import router as dsa_router

# The API is put together here, at the top, so that `core` imports no app.
for router in (
    directory_router,
    filing_router,
    intake_router,
    cases_router,
    safety_router,
    detection_router,
    dsa_router,
    legal_router,
):
    api.add_router("/v1", router)

urlpatterns = [
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "login/",
        auth_views.LoginView.as_view(template_name="core/login.html"),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("console/", include("tillit.console.urls")),
    path("safety/", include("tillit.safety.urls")),
    path("at-risk/", include("tillit.detection.urls")),
    path("transparency/", include("tillit.transparency.urls")),
    path("", include("tillit.public.urls")),
]

handler500 = "tillit.core.views.server_error"
