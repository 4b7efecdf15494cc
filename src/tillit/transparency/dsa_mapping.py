"""How Tillit's standards and actions read in the DSA Transparency Database.

Versioned configuration: every statement records the MAPPING_VERSION it was
built with, so a statement already sent keeps saying what it said. Change a
value here and raise the version (docs/transparency.md). The values are the
database's own keys, from the Commission's `Statement` model
(digital-services-act/transparency-database, app/Models/Statement.php).
Pure: no Django import.
"""

MAPPING_VERSION = "2026-12.1"

INCOMPATIBLE = "DECISION_GROUND_INCOMPATIBLE_CONTENT"
ILLEGAL = "DECISION_GROUND_ILLEGAL_CONTENT"

# slug: (category, keywords, keyword "other" text or "", also illegal in the EU)
STANDARDS = {
    "child_safety": (
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
        [
            "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL",
            "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS",
        ],
        "",
        True,
    ),
    "violent_extremism": (
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
        ["KEYWORD_TERRORIST_CONTENT", "KEYWORD_ILLEGAL_ORGANIZATIONS"],
        "",
        True,
    ),
    "self_harm": (
        "STATEMENT_CATEGORY_SELF_HARM",
        ["KEYWORD_SUICIDE", "KEYWORD_SELF_MUTILATION"],
        "",
        False,
    ),
    "violence": (
        "STATEMENT_CATEGORY_VIOLENCE",
        ["KEYWORD_COORDINATED_HARM"],
        "",
        False,
    ),
    "hate": (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        ["KEYWORD_HATE_SPEECH", "KEYWORD_DISCRIMINATION"],
        "",
        False,
    ),
    "sexual": (
        "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
        ["KEYWORD_ADULT_SEXUAL_MATERIAL", "KEYWORD_NUDITY"],
        "",
        False,
    ),
    "privacy": (
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS",
        ["KEYWORD_MISSING_PROCESSING_GROUND"],
        "",
        False,
    ),
    "harassment": (
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
        ["KEYWORD_ONLINE_BULLYING_INTIMIDATION"],
        "",
        False,
    ),
    "fraud": ("STATEMENT_CATEGORY_SCAMS_AND_FRAUD", [], "", False),
    "regulated_goods": (
        "STATEMENT_CATEGORY_UNSAFE_AND_ILLEGAL_PRODUCTS",
        ["KEYWORD_REGULATED_GOODS_SERVICES"],
        "",
        False,
    ),
    "misinformation": (
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS",
        ["KEYWORD_MISINFORMATION", "KEYWORD_DISINFORMATION"],
        "",
        False,
    ),
    "disruption": (
        "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
        ["KEYWORD_OTHER"],
        "Disrupting a meeting or event (meeting bombing)",
        False,
    ),
    "impersonation": (
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
        ["KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING", "KEYWORD_INAUTHENTIC_ACCOUNTS"],
        "",
        False,
    ),
    "intellectual_property": (
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS",
        ["KEYWORD_COPYRIGHT_INFRINGEMENT"],
        "",
        False,
    ),
    "other": (
        "STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE",
        ["KEYWORD_OTHER"],
        "Other breach of the Acceptable Use Guidelines",
        False,
    ),
}

# Our actions as the database's restrictions: (field, value). A warning
# restricts nothing visible, so it is "other" with its own words.
VISIBILITY, ACCOUNT = "decision_visibility", "decision_account"
ACTIONS = {
    "warning": (VISIBILITY, "DECISION_VISIBILITY_OTHER"),
    "remove_content": (VISIBILITY, "DECISION_VISIBILITY_CONTENT_REMOVED"),
    "cancel_meeting": (VISIBILITY, "DECISION_VISIBILITY_CONTENT_DISABLED"),
    "cancel_event": (VISIBILITY, "DECISION_VISIBILITY_CONTENT_DISABLED"),
    "suspend_account": (ACCOUNT, "DECISION_ACCOUNT_SUSPENDED"),
    "terminate_account": (ACCOUNT, "DECISION_ACCOUNT_TERMINATED"),
}
VISIBILITY_OTHER = "Formal warning to the account holder"

# What was acted on, by the case's target type: (content types, "other" text).
CONTENT_TYPES = {
    "meeting": (["CONTENT_TYPE_AUDIO", "CONTENT_TYPE_VIDEO"], ""),
    "event": (["CONTENT_TYPE_TEXT", "CONTENT_TYPE_VIDEO"], ""),
    "account": (["CONTENT_TYPE_OTHER"], "An account of a video-meeting service"),
    "user": (["CONTENT_TYPE_OTHER"], "A user of a video-meeting service"),
    "other": (["CONTENT_TYPE_OTHER"], "Content of a video-meeting service"),
}

# Channels whose reports are found by our own automated means; any other
# channel is a notice from a person (DSA Art. 16).
AUTOMATED_CHANNELS = ("ai_scan", "at_risk_scan")

# The service is offered in the whole EU and EEA.
TERRITORIAL_SCOPE = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR",
    "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT",
    "RO", "SE", "SI", "SK",
]  # fmt: skip

GUIDELINES_NAME = "Tillit Acceptable Use Guidelines"
