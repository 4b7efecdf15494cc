"""Types every API schema uses for what people send: text that fits the column
it is stored in and holds no NUL character (PostgreSQL refuses NUL in text and
in JSON; #10, finding 10), and free-form JSON held to the same rule.

Declare every string field with one of these, so that its limit is in the
OpenAPI document and bad input is a 422 naming the field, never a database
error.
"""

from typing import Annotated, Any

from django.db import models
from django.utils.translation import gettext as _
from ninja import Schema
from pydantic import AfterValidator, EmailStr, Field, StringConstraints
from pydantic_core import PydanticCustomError

# The longest address Django's EmailField (and RFC 5321) holds.
EMAIL_MAX_LENGTH = 254


def _nul_error() -> PydanticCustomError:
    return PydanticCustomError(
        "nul_character",
        str(_("Remove the NUL character (\\u0000): text may not hold one.")),
    )


def reject_nul(value: str) -> str:
    if "\x00" in value:
        raise _nul_error()
    return value


def reject_nul_anywhere(value: Any) -> Any:
    """Refuse a NUL in any string of a JSON value, keys included."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if "\x00" in item:
                raise _nul_error()
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return value


def text(
    max_length: int,
    *,
    min_length: int = 0,
    strip: bool = False,
    pattern: str | None = None,
) -> Any:
    """A string of at most `max_length` characters, without NUL."""
    return Annotated[
        str,
        StringConstraints(
            strip_whitespace=strip,
            min_length=min_length,
            max_length=max_length,
            pattern=pattern,
        ),
        AfterValidator(reject_nul),
    ]


def column_text(
    model: type[models.Model],
    field: str,
    *,
    min_length: int = 0,
    strip: bool = False,
    pattern: str | None = None,
) -> Any:
    """A string that fits `model.field`: its max_length is the column's."""
    max_length = model._meta.get_field(field).max_length
    return text(max_length, min_length=min_length, strip=strip, pattern=pattern)


# An email address that fits an EmailField; declared with its maxLength.
Email = Annotated[
    EmailStr,
    AfterValidator(reject_nul),
    StringConstraints(max_length=EMAIL_MAX_LENGTH),
]

# A row's id in a path: what a BigAutoField holds.
RowId = Annotated[int, Field(ge=1, le=2**63 - 1)]

# Any JSON value, without NUL in any of its strings.
Json = Annotated[Any, AfterValidator(reject_nul_anywhere)]
JsonObject = Annotated[dict[str, Any], AfterValidator(reject_nul_anywhere)]


class ErrorOut(Schema):
    """Every error the API answers: a stable code, a message for people, and
    for invalid input the messages of each field."""

    code: str
    message: str
    fields: dict[str, list[str]] | None = None
