from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tillit.core.api import api, register_routers

register_routers()

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
    path("", include("tillit.public.urls")),
]

handler500 = "tillit.core.views.server_error"
