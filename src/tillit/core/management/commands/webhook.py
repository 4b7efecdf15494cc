from django.core.management.base import BaseCommand, CommandError
from django.core.validators import URLValidator
from django.db import transaction

from tillit.core.audit import record_audit_event
from tillit.core.models import WebhookEndpoint
from tillit.core.outbox import new_webhook_secret


class Command(BaseCommand):
    help = "Enforcement webhooks: `tillit webhook add URL` prints the signing secret."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["add", "list"])
        parser.add_argument("url", nargs="?")

    def handle(self, *args, action, url=None, **options):
        if action == "list":
            for e in WebhookEndpoint.objects.all():
                self.stdout.write(f"{e.pk} {e.url} {'active' if e.active else 'off'}")
            return
        try:
            URLValidator(schemes=["http", "https"])(url or "")
        except Exception as exc:
            raise CommandError("Give an http(s) URL.") from exc
        longest = WebhookEndpoint._meta.get_field("url").max_length
        if len(url) > longest:
            raise CommandError(f"The URL is longer than {longest} characters.")
        with transaction.atomic(durable=True):
            endpoint = WebhookEndpoint.objects.create(
                url=url, secret=new_webhook_secret()
            )
            record_audit_event(
                actor=None, source="cli", verb="webhook.endpoint_added", target=endpoint
            )
        self.stdout.write(f"Added endpoint {endpoint.pk}. Signing secret:")
        self.stdout.write(endpoint.secret)
