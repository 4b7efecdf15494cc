from django.core.management.base import BaseCommand, CommandError

from tillit.core.apikeys import create_api_key, list_api_keys, revoke_api_key
from tillit.core.errors import InvalidInput
from tillit.core.models import ApiScope


class Command(BaseCommand):
    help = (
        "API keys: `tillit apikey create NAME --scopes S1,S2 [--account ID] "
        "[--staff USERNAME]` prints a new key on its last line; `list`; "
        "`revoke PREFIX`. Scopes: " + ", ".join(ApiScope.values) + "."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["create", "list", "revoke"])
        parser.add_argument(
            "name", nargs="?", help="a name for the key, or the prefix to revoke"
        )
        parser.add_argument(
            "--scopes",
            default="",
            help="what the key may do, comma-separated: " + ", ".join(ApiScope.values),
        )
        parser.add_argument("--account", help="limit the key to this account id")
        parser.add_argument(
            "--staff", help="the key acts as this staff member (their username)"
        )

    def handle(self, *args, action, name=None, **options):
        if action == "list":
            self._list()
        elif action == "create":
            self._create(name or "", options)
        else:
            if not name or revoke_api_key(prefix=name) is None:
                raise CommandError(f"No key with prefix {name!r}.")
            self.stdout.write(f"Revoked {name}.")

    def _create(self, name: str, options) -> None:
        try:
            row, key = create_api_key(
                name=name,
                scopes=options["scopes"].split(","),
                account=options["account"],
                staff=options["staff"],
            )
        except InvalidInput as exc:
            problems = "; ".join(
                f"--{field}: {' '.join(str(m) for m in messages)}"
                if field != "name"
                else " ".join(str(m) for m in messages)
                for field, messages in exc.fields.items()
            )
            raise CommandError(problems or str(exc)) from exc
        self.stdout.write(f"Created API key {row.name!r} (prefix {row.prefix}).")
        self.stdout.write(f"Scopes: {', '.join(row.scopes)}.")
        if row.account_id:
            self.stdout.write(f"Limited to account {row.account_id}.")
        if row.staff_id:
            self.stdout.write(f"Acts as staff member {row.staff.username}.")
        self.stdout.write(
            "It is shown only once. Send it as 'Authorization: Bearer KEY'."
        )
        self.stdout.write(key)

    def _list(self) -> None:
        for row in list_api_keys():
            state = "revoked" if row.revoked_at else "active"
            self.stdout.write(
                f"{row.prefix}  {row.name!r}  {state}  "
                f"scopes={','.join(row.scopes) or '-'}  "
                f"account={row.account_id or '*'}  "
                f"staff={row.staff.username if row.staff_id else '-'}"
            )
