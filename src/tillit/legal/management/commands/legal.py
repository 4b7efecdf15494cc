import json

from django.core.management.base import BaseCommand, CommandError

from tillit.core.errors import InvalidInput
from tillit.legal.services.intake import create_officer, register_agency
from tillit.legal.services.retention import apply_retention


class Command(BaseCommand):
    help = (
        "The legal team's chores: `tillit legal agency NAME --country SE --domains "
        "polisen.se --verified`, `tillit legal officer EMAIL --agency ID "
        "--password PW`, `tillit legal retention` (run the retention now)."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="what", required=True)
        agency = sub.add_parser("agency")
        agency.add_argument("name")
        agency.add_argument("--country", required=True)
        agency.add_argument("--domains", required=True)
        agency.add_argument("--verified", action="store_true")
        officer = sub.add_parser("officer")
        officer.add_argument("email")
        officer.add_argument("--agency", type=int, required=True)
        officer.add_argument("--password", required=True)
        officer.add_argument("--language", default="en", choices=["en", "sv"])
        sub.add_parser("retention")

    def handle(self, *args, what, **options):
        try:
            if what == "agency":
                row = register_agency(
                    name=options["name"],
                    country=options["country"],
                    email_domains=options["domains"],
                    verified=options["verified"],
                    actor=None,
                )
                self.stdout.write(json.dumps({"id": row.pk, "name": row.name}))
            elif what == "officer":
                row = create_officer(
                    agency_id=options["agency"],
                    email=options["email"],
                    password=options["password"],
                    language=options["language"],
                    actor=None,
                )
                self.stdout.write(json.dumps({"id": row.pk, "email": row.user.email}))
            else:
                self.stdout.write(json.dumps(apply_retention()))
        except InvalidInput as exc:
            raise CommandError(json.dumps(exc.as_dict(), ensure_ascii=False)) from exc
