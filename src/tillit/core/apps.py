from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "tillit.core"
    label = "core"

    def ready(self):
        # Django's rule: what imports models waits until the apps are ready.
        from axes.signals import user_locked_out
        from django.core import checks

        from .lockouts import on_user_locked_out
        from .ratelimit import check_rate_limit_settings

        user_locked_out.connect(on_user_locked_out, dispatch_uid="tillit-lockout")
        checks.register(check_rate_limit_settings)
