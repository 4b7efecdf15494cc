from django.core.management.base import BaseCommand, CommandError

from tillit.core.apikeys import create_api_key, revoke_api_key


class Command(BaseCommand):
    help = "API keys: `tillit apikey create NAME` prints a new key on its last line."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "revoke"])
        parser.add_argument("name", help="a name for the key, or the prefix to revoke")

    def handle(self, *args, action, name, **options):
        if action == "create":
            if not name.strip() or len(name) > 100:
                raise CommandError("Give the key a name of 1 to 100 characters.")
            row, key = create_api_key(name=name.strip())
            self.stdout.write(f"Created API key {row.name!r} (prefix {row.prefix}).")
            self.stdout.write(
                "It is shown only once. Send it as 'Authorization: Bearer KEY'."
            )
            self.stdout.write(key)
        else:
            if revoke_api_key(prefix=name) is None:
                raise CommandError(f"No key with prefix {name!r}.")
            self.stdout.write(f"Revoked {name}.")
