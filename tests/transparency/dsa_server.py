"""A local DSA Transparency Database on 127.0.0.1: the bulk endpoint
`POST /api/v1/statements` with the database's own validation rules and
answers, written from the Commission's code (digital-services-act/
transparency-database: app/Models/Statement.php for the allowed values,
app/Services/GroupedSubmissionsService.php::multi_rules for the rules,
StatementMultipleAPIController and PuidNotUniqueMultipleException for the
status codes and error bodies). Its values are its own copy, not Tillit's,
so the export is checked against the database, not against itself.

Besides the rules the Commission's code spells out, it checks the date
ranges the database's documentation asks for: the application date is not
before the content date, and no end date is before the application date.
"""

import json
import re
import threading
import uuid
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DECISION_VISIBILITIES = {
    "DECISION_VISIBILITY_CONTENT_REMOVED",
    "DECISION_VISIBILITY_CONTENT_DISABLED",
    "DECISION_VISIBILITY_CONTENT_DEMOTED",
    "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED",
    "DECISION_VISIBILITY_CONTENT_LABELLED",
    "DECISION_VISIBILITY_OTHER",
}
DECISION_MONETARIES = {
    "DECISION_MONETARY_SUSPENSION",
    "DECISION_MONETARY_TERMINATION",
    "DECISION_MONETARY_OTHER",
}
DECISION_PROVISIONS = {
    "DECISION_PROVISION_PARTIAL_SUSPENSION",
    "DECISION_PROVISION_TOTAL_SUSPENSION",
    "DECISION_PROVISION_PARTIAL_TERMINATION",
    "DECISION_PROVISION_TOTAL_TERMINATION",
}
DECISION_ACCOUNTS = {"DECISION_ACCOUNT_SUSPENDED", "DECISION_ACCOUNT_TERMINATED"}
ACCOUNT_TYPES = {"ACCOUNT_TYPE_BUSINESS", "ACCOUNT_TYPE_PRIVATE"}
DECISION_GROUNDS = {
    "DECISION_GROUND_ILLEGAL_CONTENT",
    "DECISION_GROUND_INCOMPATIBLE_CONTENT",
}
CONTENT_TYPES = {
    "CONTENT_TYPE_APP", "CONTENT_TYPE_AUDIO", "CONTENT_TYPE_IMAGE",
    "CONTENT_TYPE_PRODUCT", "CONTENT_TYPE_SYNTHETIC_MEDIA", "CONTENT_TYPE_TEXT",
    "CONTENT_TYPE_VIDEO", "CONTENT_TYPE_OTHER",
}  # fmt: skip
CATEGORIES = {
    "STATEMENT_CATEGORY_" + c
    for c in [
        "ANIMAL_WELFARE",
        "DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        "ILLEGAL_OR_HARMFUL_SPEECH",
        "INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        "NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        "NON_CONSENSUAL_BEHAVIOUR",
        "PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
        "PROTECTION_OF_MINORS",
        "RISK_FOR_PUBLIC_SECURITY",
        "SCAMS_AND_FRAUD",
        "SELF_HARM",
        "SCOPE_OF_PLATFORM_SERVICE",
        "UNSAFE_AND_ILLEGAL_PRODUCTS",
        "VIOLENCE",
    ]
}
KEYWORDS = {
    "KEYWORD_" + k
    for k in [
        "ANIMAL_HARM",
        "ADULT_SEXUAL_MATERIAL",
        "AGE_SPECIFIC_RESTRICTIONS_MINORS",
        "AGE_SPECIFIC_RESTRICTIONS",
        "BIOMETRIC_DATA_BREACH",
        "CHILD_SEXUAL_ABUSE_MATERIAL",
        "CONTENT_PROMOTING_EATING_DISORDERS",
        "COORDINATED_HARM",
        "COPYRIGHT_INFRINGEMENT",
        "DANGEROUS_TOYS",
        "DATA_FALSIFICATION",
        "DEFAMATION",
        "DESIGN_INFRINGEMENT",
        "DISCRIMINATION",
        "DISINFORMATION",
        "FOREIGN_INFORMATION_MANIPULATION",
        "GENDER_BASED_VIOLENCE",
        "GEOGRAPHIC_INDICATIONS_INFRINGEMENT",
        "GEOGRAPHICAL_REQUIREMENTS",
        "GOODS_SERVICES_NOT_PERMITTED",
        "GROOMING_SEXUAL_ENTICEMENT_MINORS",
        "HATE_SPEECH",
        "HUMAN_EXPLOITATION",
        "HUMAN_TRAFFICKING",
        "ILLEGAL_ORGANIZATIONS",
        "IMAGE_BASED_SEXUAL_ABUSE",
        "IMPERSONATION_ACCOUNT_HIJACKING",
        "INAUTHENTIC_ACCOUNTS",
        "INAUTHENTIC_LISTINGS",
        "INAUTHENTIC_USER_REVIEWS",
        "INCITEMENT_VIOLENCE_HATRED",
        "INSUFFICIENT_INFORMATION_TRADERS",
        "LANGUAGE_REQUIREMENTS",
        "MISINFORMATION",
        "MISSING_PROCESSING_GROUND",
        "NON_CONSENSUAL_IMAGE_SHARING",
        "NON_CONSENSUAL_ITEMS_DEEPFAKE",
        "NUDITY",
        "ONLINE_BULLYING_INTIMIDATION",
        "PATENT_INFRINGEMENT",
        "PHISHING",
        "PYRAMID_SCHEMES",
        "REGULATED_GOODS_SERVICES",
        "RIGHT_TO_BE_FORGOTTEN",
        "RISK_ENVIRONMENTAL_DAMAGE",
        "RISK_PUBLIC_HEALTH",
        "SELF_MUTILATION",
        "STALKING",
        "SUICIDE",
        "TERRORIST_CONTENT",
        "TRADE_SECRET_INFRINGEMENT",
        "TRADEMARK_INFRINGEMENT",
        "UNLAWFUL_SALE_ANIMALS",
        "UNSAFE_CHALLENGES",
        "OTHER",
    ]
}
SOURCE_TYPES = {
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
    "SOURCE_VOLUNTARY",
}
AUTOMATED_DETECTIONS = {"Yes", "No"}
AUTOMATED_DECISIONS = {
    "AUTOMATED_DECISION_FULLY",
    "AUTOMATED_DECISION_PARTIALLY",
    "AUTOMATED_DECISION_NOT_AUTOMATED",
}
COUNTRIES = set(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
LANGUAGES = set(
    [
        "BG",
        "CS",
        "DA",
        "DE",
        "EL",
        "EN",
        "ES",
        "ET",
        "FI",
        "FR",
        "GA",
        "HR",
        "HU",
        "IT",
        "LT",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SL",
        "SV",
        "IS",
        "NO",
        "AR",
        "TR",
        "UK",
        "RU",
        "ZH",
    ]
)
PUID = re.compile(r"^[a-zA-Z0-9-_]+$")
END_DATES = (
    "end_date_account_restriction",
    "end_date_monetary_restriction",
    "end_date_service_restriction",
    "end_date_visibility_restriction",
)
NOT_UNIQUE = "The platform identifier(s) are not all unique within this call."


def _name(field: str) -> str:
    return field.replace("_", " ")


def _day(value):
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def validate(s: dict) -> dict[str, list[str]]:
    """The database's field messages for one statement; empty when valid."""
    errors: dict[str, list[str]] = {}

    def add(field, message):
        errors.setdefault(field, []).append(message)

    def present(field):
        value = s.get(field)
        return value not in (None, "", [])

    def required(field):
        if not present(field):
            add(field, f"The {_name(field)} field is required.")
            return False
        return True

    def one_of(field, allowed, *, array=False):
        value = s.get(field)
        if value is None:
            return
        values = value if array else [value]
        if array and not isinstance(value, list):
            add(field, f"The {_name(field)} field must be an array.")
        elif any(v not in allowed for v in values):
            add(field, f"The selected {_name(field)} is invalid.")

    def at_most(field, n):
        value = s.get(field)
        if isinstance(value, str) and len(value) > n:
            add(
                field,
                f"The {_name(field)} field must not be greater than {n} characters.",
            )

    _restrictions(s, add, present, one_of, at_most)
    _grounds(s, add, required, one_of, at_most)
    if required("content_type"):
        one_of("content_type", CONTENT_TYPES, array=True)
        if "CONTENT_TYPE_OTHER" in (s.get("content_type") or []):
            required("content_type_other")
    at_most("content_type_other", 500)
    if required("category"):
        one_of("category", CATEGORIES)
    one_of("category_addition", CATEGORIES, array=True)
    one_of("category_specification", KEYWORDS, array=True)
    at_most("category_specification_other", 500)
    one_of("territorial_scope", COUNTRIES, array=True)
    one_of("content_language", LANGUAGES)
    _dates(s, add, required)
    if required("decision_facts"):
        at_most("decision_facts", 5000)
    if required("source_type"):
        one_of("source_type", SOURCE_TYPES)
    at_most("source_identity", 500)
    if required("automated_detection"):
        one_of("automated_detection", AUTOMATED_DETECTIONS)
    if required("automated_decision"):
        one_of("automated_decision", AUTOMATED_DECISIONS)
    if required("puid"):
        at_most("puid", 500)
        if not PUID.match(str(s["puid"])):
            add("puid", "The puid field format is invalid.")
    return errors


def _restrictions(s, add, present, one_of, at_most):
    four = (
        "decision_visibility",
        "decision_monetary",
        "decision_provision",
        "decision_account",
    )
    if not any(present(f) for f in four):
        for f in four:
            others = ", ".join(_name(o) for o in four if o != f)
            add(
                f,
                f"The {_name(f)} field is required when none of {others} are present.",
            )
    one_of("decision_visibility", DECISION_VISIBILITIES, array=True)
    other = "DECISION_VISIBILITY_OTHER" in (s.get("decision_visibility") or [])
    if other and not present("decision_visibility_other"):
        add(
            "decision_visibility_other",
            "The decision visibility other field is required.",
        )
    at_most("decision_visibility_other", 500)
    one_of("decision_monetary", DECISION_MONETARIES)
    if s.get("decision_monetary") == "DECISION_MONETARY_OTHER" and not present(
        "decision_monetary_other"
    ):
        add(
            "decision_monetary_other",
            "The decision monetary other field is required when decision monetary is other.",
        )
    one_of("decision_provision", DECISION_PROVISIONS)
    one_of("decision_account", DECISION_ACCOUNTS)
    one_of("account_type", ACCOUNT_TYPES)


def _grounds(s, add, required, one_of, at_most):
    if not required("decision_ground"):
        return
    one_of("decision_ground", DECISION_GROUNDS)
    if s["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT":
        for f, n in (
            ("illegal_content_legal_ground", 500),
            ("illegal_content_explanation", 2000),
        ):
            if required(f):
                at_most(f, n)
    if s["decision_ground"] == "DECISION_GROUND_INCOMPATIBLE_CONTENT":
        for f, n in (
            ("incompatible_content_ground", 500),
            ("incompatible_content_explanation", 2000),
        ):
            if required(f):
                at_most(f, n)
        one_of("incompatible_content_illegal", {"Yes", "No"})


def _dates(s, add, required):
    bounds = {"content_date": date(2000, 1, 1), "application_date": date(2020, 1, 1)}
    days = {}
    for field, earliest in bounds.items():
        if not required(field):
            continue
        day = _day(s[field])
        if day is None:
            add(field, f"The {_name(field)} does not match the format YYYY-MM-DD.")
        elif not earliest <= day <= date(2038, 1, 1):
            add(
                field,
                f"The {_name(field)} field must be a date between {earliest} and 2038-01-01.",
            )
        else:
            days[field] = day
    if len(days) == 2 and days["application_date"] < days["content_date"]:
        add(
            "application_date",
            "The application date must be a date after or equal to content date.",
        )
    for field in END_DATES:
        if s.get(field) is None:
            continue
        day = _day(s[field])
        if day is None:
            add(field, f"The {_name(field)} does not match the format YYYY-MM-DD.")
        elif day > date(2038, 1, 1):
            add(
                field,
                f"The {_name(field)} field must be a date before or equal to 2038-01-01.",
            )
        elif "application_date" in days and day < days["application_date"]:
            add(
                field,
                f"The {_name(field)} must be a date after or equal to application date.",
            )


class TransparencyDatabase:
    """The server, what it stored, and the knobs tests turn: `fail_next` is a
    list of statuses to answer (and store nothing) before behaving."""

    def __init__(self, token="test-token"):
        self.token = token
        self.lock = threading.Lock()
        self.stored: dict[str, dict] = {}
        self.calls: list[int] = []  # how many statements each call carried
        self.fail_next: list[int] = []
        httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        httpd.daemon_threads = True
        httpd.app = self
        self.httpd = httpd
        self.url = f"http://127.0.0.1:{httpd.server_port}/api/v1/statements"
        threading.Thread(target=httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

    def handle(self, headers, raw: bytes) -> tuple[int, dict]:
        if headers.get("Authorization") != f"Bearer {self.token}":
            return 401, {"message": "Unauthenticated."}
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return 400, {"message": "The request body is not valid JSON."}
        statements = body.get("statements") if isinstance(body, dict) else None
        with self.lock:
            self.calls.append(len(statements) if isinstance(statements, list) else 0)
            if self.fail_next:
                return self.fail_next.pop(0), {"message": "Server Error"}
            if not isinstance(statements, list) or not 1 <= len(statements) <= 100:
                message = "The statements field must have between 1 and 100 items."
                return 422, {"message": message, "errors": {"statements": [message]}}
            errors = {
                f"statement_{i}": e
                for i, s in enumerate(statements)
                if (e := validate(s if isinstance(s, dict) else {}))
            }
            if errors:
                return 422, {"errors": errors}
            return self._store(statements)

    def _store(self, statements):
        puids = [s["puid"] for s in statements]
        repeated = {p for p in puids if puids.count(p) > 1}
        existing = sorted(repeated | {p for p in puids if p in self.stored})
        if existing:
            errors = {"puid": [NOT_UNIQUE], "existing_puids": existing}
            return 422, {"message": NOT_UNIQUE, "errors": errors}
        out = []
        for s in statements:
            self.stored[s["puid"]] = s
            out.append({**s, "uuid": str(uuid.uuid4())})
        return 201, {"statements": out}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        app = self.server.app
        if self.path != "/api/v1/statements":
            status, body = 404, {"message": "Not Found"}
        else:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            status, body = app.handle(self.headers, raw)
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass
