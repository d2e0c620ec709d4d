"""Calendar dates as a store counts them: a purchase at 00:30 in Madrid is that day, even though it is the
previous day in UTC. Windows and guarantees count whole local days."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.relativedelta import relativedelta

from desk.errors import InvalidInput
from desk.messages import say


def local_date(moment: datetime, timezone: str) -> date:
    """The calendar date of an aware moment in the given IANA zone."""
    if moment.tzinfo is None:
        raise InvalidInput(say("A time without a time zone cannot be placed on a calendar."))
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(say("'{zone}' is not a time zone such as Europe/Madrid.", zone=timezone)) from None
    return moment.astimezone(zone).date()


def add_months(day: date, months: int) -> date:
    """Months later, clamped to the month's end: 31 January + 1 month = 28 (or 29) February."""
    return day + relativedelta(months=months)
