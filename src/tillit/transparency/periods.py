"""Half-year reporting periods ("2026-H2"). Pure: no Django import."""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

_PERIOD = re.compile(r"^(\d{4})-H([12])$")


@dataclass(frozen=True)
class Period:
    year: int
    half: int

    @property
    def label(self) -> str:
        return f"{self.year}-H{self.half}"

    @property
    def start(self) -> datetime:
        """Inclusive, in UTC."""
        return datetime(self.year, 1 if self.half == 1 else 7, 1, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        """Exclusive, in UTC."""
        if self.half == 1:
            return datetime(self.year, 7, 1, tzinfo=UTC)
        return datetime(self.year + 1, 1, 1, tzinfo=UTC)

    def previous(self) -> "Period":
        if self.half == 2:
            return Period(self.year, 1)
        return Period(self.year - 1, 2)

    def is_closed(self, now: datetime) -> bool:
        return now >= self.end


def parse_period(text: str) -> Period | None:
    """Return the period "YYYY-H1" or "YYYY-H2" names, or None."""
    match = _PERIOD.match(text or "")
    if match is None:
        return None
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        return None
    return Period(year, int(match.group(2)))


def period_of(moment: datetime) -> Period:
    moment = moment.astimezone(UTC)
    return Period(moment.year, 1 if moment.month <= 6 else 2)


def recent_periods(now: datetime, *, count: int = 4) -> list[Period]:
    """The period `now` is in, then the ones before it, newest first."""
    periods = [period_of(now)]
    while len(periods) < count:
        periods.append(periods[-1].previous())
    return periods
