"""The services' messages (desk.messages): English as before, worded in the desk's language on screen, kept in the
database, and every one of them written so that lupdate and the translators can find it."""

from __future__ import annotations

import ast
import json
import string
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from desk.enums import CaseState, DecisionKind
from desk.errors import InvalidInput
from desk.messages import Said, said_in, say, stored, wording_of
from desk.ui.translations import message_sources

ROOT = Path(__file__).resolve().parent.parent
SERVICES = [p for p in message_sources(ROOT) if "ui" not in p.relative_to(ROOT / "desk").parts]  # what lupdate reads
# Raised for people to read (desk.errors); the others (ValueError, RuntimeError) are for developers.
PEOPLES_ERRORS = {"DeskError", "InvalidInput", "NotFound", "Conflict", "AccessDenied", "DatabaseUnavailable",
                  "SchemaMismatch", "AccountDisabled", "DraftRefused", "AuthenticationFailed"}  # fmt: skip


def test_said_is_the_english_text_and_keeps_what_it_was_made_of() -> None:
    text = say("Refund {amount:.2f} {currency} on {day:%d/%m/%Y}: {state}.", amount=Decimal("1234.5"),
               currency="EUR", day=date(2026, 11, 3), state=CaseState.AWAITING_ITEMS)  # fmt: skip
    assert text == "Refund 1234.50 EUR on 03/11/2026: awaiting items."
    assert isinstance(text, str) and text.template.startswith("Refund {amount")
    assert text.values["amount"] == Decimal("1234.5")


def test_said_survives_json_and_pickling() -> None:
    import pickle

    inner = say("{kind} for {name}", kind=DecisionKind.GOODWILL_VOUCHER, name="Begoña")
    text = say("{what} at {when:%H:%M}, {n} items ({inner})", what="x", n=3, inner=inner,
               when=datetime(2026, 1, 2, 17, 42, tzinfo=timezone.utc))  # fmt: skip
    back = Said.from_json(json.loads(json.dumps(text.to_json())))
    assert back == text and back.template == text.template and back.values == text.values
    assert pickle.loads(pickle.dumps(text)).values == text.values


def test_a_stored_text_without_wording_or_with_a_wording_that_no_longer_reads_is_shown_as_stored() -> None:
    assert stored("Imported title", None) == "Imported title"
    assert stored("Old text", {"t": "Gone {missing}", "v": {}}) == "Old text"
    assert wording_of("plain") is None
    assert wording_of(say("A {x}", x=1)) == {"t": "A {x}", "v": {"x": 1}}


def test_an_error_raised_with_a_said_gives_it_back() -> None:
    error = InvalidInput(say("Too long: {n}", n=5))
    assert str(error) == "Too long: 5" and said_in(error) is not None and said_in(error).values == {"n": 5}
    assert said_in(InvalidInput("plain")) is None


# --- the services' messages can be found and filled ------------------------------------------------------------


def _calls(tree: ast.AST, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name) and node.func.id == name]  # fmt: skip


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_say_has_a_literal_template_whose_placeholders_are_its_values(path: Path) -> None:
    """lupdate reads the literal (an f-string would be collected with its expressions as text), and a placeholder
    without its value would fail only when that message is shown."""
    problems = []
    for call in _calls(ast.parse(path.read_text(encoding="utf-8")), "say"):
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if not call.args or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            problems.append(f"{where}: the template is not a plain string literal")
            continue
        fields = {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(call.args[0].value)
                  if name is not None}  # fmt: skip
        given = {keyword.arg for keyword in call.keywords}
        if None in given:
            continue  # **values: checked when it runs
        if fields != given:
            problems.append(f"{where}: placeholders {sorted(fields)} but values {sorted(given)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", SERVICES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_error_for_people_is_raised_with_a_said(path: Path) -> None:
    """A service's error for people carries say(...) (or a variable holding one), never a finished English text."""
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in PEOPLES_ERRORS or not node.exc.args:
            continue
        message = node.exc.args[0]
        if isinstance(message, (ast.Constant, ast.JoinedStr, ast.BinOp)) or (
            isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute)
            and message.func.attr == "format"
        ):  # fmt: skip
            problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({ast.unparse(message)[:70]})")
    assert not problems, "\n".join(problems)


# --- kept in the database ----------------------------------------------------------------------------------------


def test_a_stored_title_keeps_its_wording_and_a_plain_one_clears_it(db: object, staff: object) -> None:
    from sqlalchemy import select

    from desk.enums import EventKind
    from desk.models import TimelineEvent
    from desk.timeline import record_event, timeline_page
    from tests.factories import make_customer

    customer = make_customer(db, staff.agent, "Begoña García")  # type: ignore[attr-defined]
    long_name = "Ñ" * 300  # longer than the column: the English is cut, the wording keeps it whole
    title = say("Order {number}: {what}, {total:.2f} {currency}", number="PED-1", what=long_name,
                total=Decimal("1234.5"), currency="EUR")  # fmt: skip
    with db.write() as session:  # type: ignore[attr-defined]
        event = record_event(session, customer_id=customer, kind=EventKind.ORDER, title=title,
                             source_table="test", source_id=1)  # fmt: skip
    (row,) = timeline_page(db, customer).rows  # type: ignore[arg-type]
    assert isinstance(row.title, Said) and row.title.values["what"] == long_name and row.title == title
    with db.read() as session:  # type: ignore[attr-defined]
        assert len(session.scalar(select(TimelineEvent.title).where(TimelineEvent.id == event.id))) == 200
    with db.write() as session:  # type: ignore[attr-defined]
        session.get(TimelineEvent, event.id).title = "Erased"
    (row,) = timeline_page(db, customer).rows  # type: ignore[arg-type]
    assert row.title == "Erased" and not isinstance(row.title, Said)
