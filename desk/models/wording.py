"""A stored service text keeps its wording: setting `title`, `summary`, `assessment` or `entitlement_reasons` to a
desk.messages.Said also stores its template and values as JSON beside it (`*_wording`), so each desk shows it in
its own language; a plain text (typed by a person, imported, erased) clears it. The English text stays in its own
column for search, exports and older readers, capped to the column's length here (a Said keeps its full wording).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, event
from sqlalchemy.orm import InstrumentedAttribute

from desk.messages import wording_of


def keep_wording(text: InstrumentedAttribute[Any], wording_name: str) -> None:
    length = getattr(text.property.columns[0].type, "length", None)

    @event.listens_for(text, "set", retval=True)
    def _store(target: Any, value: Any, _old: Any, _initiator: Any) -> Any:
        setattr(target, wording_name, wording_of(value))
        if length is not None and isinstance(value, str) and len(value) > length:
            return str(value)[:length]
        return value


# Stored as SQL NULL when there is none (not the JSON text null), so "has a wording" is `IS NOT NULL`.
WORDING = JSON(none_as_null=True)
