"""`desk-admin import`: customers, orders and interactions from CSV files, all or nothing.

The file is read twice, streaming: first every row is checked (format, then against the database, in chunks)
and nothing is written; only when every row is good is it read again and written through the desk's writers
(add_customer, add_order, add_interaction) in one transaction, so the timeline and the audit trail are fed as
if an agent had typed it. A row whose key (customer number, order number, external reference) is already in
the database with the same data is "already present" and skipped, so importing a file twice changes nothing;
the same key with different data is a bad row: the import never overwrites. docs/import.md is the user's
description of the columns and rules.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from desk import audit
from desk.actors import Actor
from desk.customers import NewCustomer, add_customer, contact_points
from desk.db import Database
from desk.enums import Channel, ContactKind, Direction, LoyaltyTier, SalesChannel
from desk.errors import DeskError, InvalidInput
from desk.messages import Said, said_in, say
from desk.interactions import ContactForm, ValidContact, add_interaction, validate
from desk.models import Customer, Interaction, Product, SalesOrder, StaffUser, Store, utcnow
from desk.orders import NewOrder, NewOrderLine, add_order
from desk.policy import parse_amount
from desk.staff import actor_for
from desk.text import clean_text, normalise_identifier, normalise_name

LOCAL_TIME = ZoneInfo("Europe/Madrid")  # a time written without a zone is local time in Spain (peninsula)
CHUNK = 500  # rows checked against the database at a time
MAX_PROBLEMS = 1000  # listed; more are counted
LANGUAGES = ("es", "ca", "en")
_IDENTIFIER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/\-]*$")
E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Problem:
    line: int  # in the file; the header is line 1
    reason: str


class ImportRejected(DeskError):
    """The file was not imported; `problems` says where and why."""

    def __init__(self, summary: str, problems: list[Problem]) -> None:
        super().__init__(summary)
        self.problems = problems


@dataclass
class ImportReport:
    kind: str  # customers, orders, interactions
    rows: int = 0
    records: int = 0
    added: int = 0
    unchanged: int = 0

    def __str__(self) -> Said:
        kind = _KIND_NAMES.get(self.kind) or self.kind.capitalize()
        if self.records == self.rows:
            if self.rows == 1:
                return say("{kind}: 1 row read; {added:,} added, {unchanged:,} already present unchanged.", kind=kind,
                           added=self.added, unchanged=self.unchanged)  # fmt: skip
            return say("{kind}: {rows:,} rows read; {added:,} added, {unchanged:,} already present unchanged.",
                       kind=kind, rows=self.rows, added=self.added, unchanged=self.unchanged)  # fmt: skip
        if self.kind == "orders":
            if self.records == 1:
                return say("Orders: {rows:,} rows read (1 order); {added:,} added, {unchanged:,} already present "
                           "unchanged.", rows=self.rows, added=self.added, unchanged=self.unchanged)  # fmt: skip
            return say("Orders: {rows:,} rows read ({records:,} orders); {added:,} added, {unchanged:,} already "
                       "present unchanged.", rows=self.rows, records=self.records, added=self.added,
                       unchanged=self.unchanged)  # fmt: skip
        return say("{kind}: {rows:,} rows read ({records:,} records); {added:,} added, {unchanged:,} already present "
                   "unchanged.", kind=kind, rows=self.rows, records=self.records, added=self.added,
                   unchanged=self.unchanged)  # fmt: skip


_KIND_NAMES = {"customers": say("Customers"), "orders": say("Orders"), "interactions": say("Interactions")}


def import_csv(
    db: Database, what: str, path: Path, actor: Actor, *, phone_region: str = "ES", now: datetime | None = None
) -> ImportReport:
    """Import one CSV file of `what` (customers, orders or interactions): every row, or none."""
    kinds: dict[str, type[_Kind]] = {"customers": _Customers, "orders": _Orders, "interactions": _Interactions}
    if what not in kinds:
        raise InvalidInput(say("Cannot import '{what}'; choose customers, orders or interactions.", what=what))
    kind = kinds[what](phone_region, now or utcnow())
    with db.read() as session:
        _run(session, kind, path, actor=None)
    with db.write() as session:
        try:
            report = _run(session, kind, path, actor=actor)  # the same checks again: the database may have moved on
        except IntegrityError as exc:
            raise ImportRejected(
                say("Someone added the same records while {file} was being imported; nothing was imported. "
                    "Import it again.", file=path.name), []
            ) from exc  # fmt: skip
        if report.added:
            audit.record(
                session, actor, "import.csv", what, path.name[:40],
                after={"file": path.name, "rows": report.rows, "added": report.added, "unchanged": report.unchanged},
            )  # fmt: skip
    return report


# --- the two passes ---------------------------------------------------------------------------------


class _Problems:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.listed: list[Problem] = []
        self.count = 0

    def add(self, line: int, reason: str) -> None:  # a Said where there is one
        self.count += 1
        if len(self.listed) < MAX_PROBLEMS:
            self.listed.append(Problem(line, reason))

    def rejection(self, rows: int) -> ImportRejected:
        if self.count == 1:
            summary = say("{file}: 1 row of {rows:,} cannot be imported; nothing was imported.", file=self.path.name,
                          rows=rows)  # fmt: skip
        elif self.count <= MAX_PROBLEMS:
            summary = say("{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported.",
                          file=self.path.name, count=self.count, rows=rows)  # fmt: skip
        else:
            summary = say("{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported. The first "
                          "{listed} are listed.", file=self.path.name, count=self.count, rows=rows,
                          listed=MAX_PROBLEMS)  # fmt: skip
        return ImportRejected(summary, sorted(self.listed, key=lambda p: p.line))


class _Bad(Exception):
    """A record that cannot be imported, and the line to blame."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


class _Kind(Protocol):
    name: str
    columns: dict[str, _Column]

    def __init__(self, phone_region: str, now: datetime) -> None: ...

    def records(self, rows: Iterable[_Row], problems: _Problems) -> Iterator[Any]:
        """Parse rows into records (no database), reporting bad rows and keys repeated in the file."""

    def lookup(self, session: Session, records: list[Any]) -> Any:
        """Load what a chunk of records refers to, in a few queries."""

    def is_present(self, found: Any, record: Any) -> bool:
        """True when the record is already stored with the same data; raises _Bad when it cannot be imported."""

    def write(self, session: Session, found: Any, record: Any, actor: Actor) -> None: ...


def _run(session: Session, kind: _Kind, path: Path, actor: Actor | None) -> ImportReport:
    """Check every record against the database; with an actor, also write the new ones."""
    problems = _Problems(path)
    report = ImportReport(kind.name)
    rows = _count_rows(_read(path, kind.columns, problems), report)
    for chunk in _chunks(kind.records(rows, problems), CHUNK):
        found = kind.lookup(session, chunk)
        for record in chunk:
            report.records += 1
            try:
                present = kind.is_present(found, record)
            except _Bad as bad:
                problems.add(bad.line, bad.reason)
                continue
            if present:
                report.unchanged += 1
                continue
            report.added += 1
            if actor is not None and not problems.count:
                try:
                    kind.write(session, found, record, actor)
                except InvalidInput as refused:  # the writer's own checks, after the import's
                    problems.add(record.line, said_in(refused) or str(refused))
        session.flush()
        session.expunge_all()  # what was read or written stays in the database, not in memory
    if problems.count:
        raise problems.rejection(report.rows)
    if report.rows == 0:
        raise ImportRejected(say("{file} has a header but no rows; nothing to import.", file=path.name), [])
    return report


def _count_rows(rows: Iterator[_Row], report: ImportReport) -> Iterator[_Row]:
    for row in rows:
        report.rows += 1
        yield row


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


# --- reading the file -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    required: bool
    max_length: int


@dataclass
class _Row:
    line: int
    cells: dict[str, str]  # column -> value as in the file


def _read(path: Path, columns: dict[str, _Column], problems: _Problems) -> Iterator[_Row]:
    """The data rows, streamed. UTF-8 with or without BOM; comma or semicolon, told apart on the header."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportRejected(say("Cannot read {path}: {reason}.", path=str(path), reason=str(exc.strerror or exc)),
                             []) from exc  # fmt: skip
    with handle:
        lines = _text_lines(handle, path)
        first = next(lines, "")
        if not first.strip():
            raise ImportRejected(say("{file} is empty: the first line must name the columns.", file=path.name), [])
        delimiter = ";" if first.count(";") > first.count(",") else ","
        reader = csv.reader(itertools.chain([first], lines), delimiter=delimiter)
        line = 1
        try:
            header = _header(next(reader), columns, path)
            line = reader.line_num + 1
            for fields in reader:
                row_line, line = line, reader.line_num + 1
                if not any(f.strip() for f in fields):
                    continue  # a blank line
                if len(fields) != len(header):
                    problems.add(row_line, say("has {fields} fields; the header has {columns}", fields=len(fields),
                                                 columns=len(header)))  # fmt: skip
                    continue
                yield _Row(row_line, dict(zip(header, fields, strict=True)))
        except csv.Error as exc:
            raise ImportRejected(say("{file} cannot be read as CSV; nothing was imported.", file=path.name),
                                 [Problem(line, str(exc))]) from exc  # fmt: skip


def _text_lines(handle: IO[bytes], path: Path) -> Iterator[str]:
    """Decoded line by line, so that bytes that are not UTF-8 are blamed on their line."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ImportRejected(
                say("{file} is not UTF-8 text; save it as \"CSV UTF-8\" and import it again.", file=path.name),
                [Problem(number, say("bytes that are not UTF-8 ({reason})", reason=exc.reason))],
            ) from exc


def _header(names: list[str], columns: dict[str, _Column], path: Path) -> list[str]:
    header = [name.strip().lower() for name in names]
    problems = []
    unknown = [name for name in header if name not in columns]
    if unknown:
        problems.append(say("unknown column(s): {names}", names=", ".join(repr(n[:40]) for n in unknown)))
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append(say("column(s) named twice: {names}", names=", ".join(repeated)))
    missing = [name for name, column in columns.items() if column.required and name not in header]
    if missing:
        problems.append(say("missing required column(s): {names}", names=", ".join(missing)))
    if problems:
        raise ImportRejected(
            say("{file}: the header does not fit; the columns are {columns} (see docs/import.md).", file=path.name,
                columns=", ".join(columns)),
            [Problem(1, problems[0] if len(problems) == 1 else "; ".join(problems))],
        )
    return header


def _cells(row: _Row, columns: dict[str, _Column]) -> dict[str, str]:
    """Every cell trimmed and checked for control characters, length and presence; absent optional ones ''."""
    return {
        name: clean_text(row.cells.get(name, ""), name, max_length=column.max_length, required=column.required)
        for name, column in columns.items()
    }


# --- values -----------------------------------------------------------------------------------------


def _identifier(value: str, column: str) -> str:
    if value and not _IDENTIFIER.match(value):
        raise InvalidInput(say("{column} '{value}' may hold letters, digits and . _ / - only.", column=column,
                                 value=value[:40]))  # fmt: skip
    return value


def _choice(value: str, column: str, enum: type[E], default: E | None = None) -> E | None:
    if not value:
        return default
    try:
        return enum(value.lower())
    except ValueError:
        raise InvalidInput(say("{column} '{value}' is not one of {allowed}.", column=column, value=value[:30],
                                 allowed=", ".join(e.value for e in enum))) from None  # fmt: skip


def _moment(value: str, column: str, now: datetime) -> datetime | None:
    """ISO 8601; without a zone it is Spanish local time. Refuses a moment in the future."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(say(
            "{column} '{value}' is not an ISO 8601 date and time such as 2024-03-05 14:30 "
            "or 2024-03-05T14:30:00+01:00.", column=column, value=value[:40]
        )) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=LOCAL_TIME)
    parsed = parsed.astimezone(timezone.utc)
    if parsed > now:
        raise InvalidInput(say("{column} {value} is in the future.", column=column, value=value))
    return parsed


def _day(value: str, column: str, now: datetime) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(say("{column} '{value}' is not an ISO 8601 date such as 2024-03-05.", column=column,
                                 value=value[:40])) from None  # fmt: skip
    if day > now.astimezone(LOCAL_TIME).date():
        raise InvalidInput(say("{column} {value} is in the future.", column=column, value=value))
    return day


def _quantity(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 9999:
        raise InvalidInput(say("quantity '{value}' must be a whole number from 1 to 9999.", value=value[:20]))
    return int(value)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _differences(pairs: dict[str, tuple[object, object]]) -> list[str]:
    """The columns whose file value (compared only when given) differs from the stored one."""
    return [name for name, (given, stored) in pairs.items() if given not in (None, "") and given != stored]


def _key_repeated(seen: dict[str, int], key: str, line: int, what: str) -> None:
    first = seen.setdefault(key, line)
    if first == line:
        return
    if what == "Customer":
        raise InvalidInput(say("Customer {key} is already on line {first} of this file.", key=key, first=first))
    if what == "Order":
        raise InvalidInput(say("Order {key} is already on line {first} of this file.", key=key, first=first))
    raise InvalidInput(say("Receipt {key} is already on line {first} of this file.", key=key, first=first))


# --- customers --------------------------------------------------------------------------------------


@dataclass
class _CustomerRecord:
    line: int
    data: NewCustomer
    emails: frozenset[str]  # normalised, as stored
    phones: frozenset[str]
    addresses: frozenset[str]
    given: frozenset[str]  # optional columns filled in this row


class _Customers:
    name = "customers"
    columns = {
        "customer_number": _Column(True, 20), "full_name": _Column(True, 200), "email": _Column(False, 1000),
        "phone": _Column(False, 300), "address": _Column(False, 300), "loyalty_tier": _Column(False, 20),
        "customer_since": _Column(True, 40), "language": _Column(False, 5),
    }  # fmt: skip

    def __init__(self, phone_region: str, now: datetime) -> None:
        self.phone_region, self.now = phone_region, now

    def records(self, rows: Iterable[_Row], problems: _Problems) -> Iterator[_CustomerRecord]:
        seen: dict[str, int] = {}
        for row in rows:
            try:
                record = self._parse(row)
                _key_repeated(seen, record.data.customer_number, row.line, "Customer")
            except InvalidInput as bad:
                problems.add(row.line, said_in(bad) or str(bad))
                continue
            yield record

    def _parse(self, row: _Row) -> _CustomerRecord:
        cells = _cells(row, self.columns)
        if not normalise_name(cells["full_name"]):
            raise InvalidInput(say("full_name has no letters or digits."))
        language = cells["language"].lower()
        if language and language not in LANGUAGES:
            raise InvalidInput(say("language '{language}' is not one of {allowed}.", language=language,
                                     allowed=", ".join(LANGUAGES)))  # fmt: skip
        data = NewCustomer(
            full_name=cells["full_name"],
            customer_number=_identifier(cells["customer_number"], "customer_number"),
            customer_since=_day(cells["customer_since"], "customer_since", self.now),
            emails=_split(cells["email"]),
            phones=_split(cells["phone"]),
            addresses=[cells["address"]] if cells["address"] else [],
            loyalty_tier=_choice(cells["loyalty_tier"], "loyalty_tier", LoyaltyTier, LoyaltyTier.NONE),
            preferred_language=language or "es",
        )
        points = contact_points(data, self.phone_region)  # refuses an email or phone it cannot read
        by_kind = {kind: frozenset(p.value_norm for p in points if p.kind == kind) for kind in ContactKind}
        given = frozenset(name for name in ("loyalty_tier", "language") if cells[name])
        return _CustomerRecord(row.line, data, by_kind[ContactKind.EMAIL], by_kind[ContactKind.PHONE],
                               by_kind[ContactKind.ADDRESS], given)  # fmt: skip

    def lookup(self, session: Session, records: list[_CustomerRecord]) -> dict[str, Customer]:
        numbers = [r.data.customer_number for r in records]
        query = select(Customer).where(Customer.customer_number.in_(numbers))
        return {c.customer_number: c for c in session.scalars(query.options(selectinload(Customer.contact_points)))}

    def is_present(self, found: dict[str, Customer], record: _CustomerRecord) -> bool:
        data = record.data
        stored = found.get(data.customer_number)
        if stored is None:
            return False
        contacts = {kind: {p.value_norm for p in stored.contact_points if p.kind == kind} for kind in ContactKind}
        differ = _differences({
            "full_name": (data.full_name, stored.full_name),
            "customer_since": (data.customer_since, stored.customer_since),
            "loyalty_tier": (data.loyalty_tier if "loyalty_tier" in record.given else None, stored.loyalty_tier),
            "language": (data.preferred_language if "language" in record.given else None, stored.preferred_language),
        })  # fmt: skip
        # Contact points: the customer may have more than the file gives (added at the desk since), not fewer.
        for column, values, kind in (("email", record.emails, ContactKind.EMAIL),
                                     ("phone", record.phones, ContactKind.PHONE),
                                     ("address", record.addresses, ContactKind.ADDRESS)):  # fmt: skip
            if not values <= contacts[kind]:
                differ.append(column)
        if differ:
            raise _Bad(record.line, say("customer {number} already exists with different data ({columns}).",
                                        number=data.customer_number, columns=", ".join(differ)))  # fmt: skip
        return True

    def write(self, session: Session, found: Any, record: _CustomerRecord, actor: Actor) -> None:
        add_customer(session, actor, record.data, self.phone_region)


# --- orders -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _OrderHeader:
    """What every row of one order repeats."""

    receipt_number: str
    customer_number: str
    channel: SalesChannel
    store_code: str
    ordered_at: datetime
    delivered_at: datetime | None
    currency: str


@dataclass(frozen=True)
class _LineRecord:
    line: int
    sku: str
    quantity: int
    unit_price: Decimal
    serial_number: str


@dataclass
class _OrderRecord:
    line: int  # the order's first row
    number: str
    header: _OrderHeader | None = None  # None only while its first row is read
    lines: list[_LineRecord] = field(default_factory=list)
    bad: bool = False


@dataclass
class _OrderContext:
    orders: dict[str, SalesOrder]
    receipts: dict[str, str]  # receipt number -> order number, of stored orders
    customers: dict[str, int]
    products: dict[str, int]
    stores: dict[str, int]


class _Orders:
    name = "orders"
    columns = {
        "order_number": _Column(True, 40), "receipt_number": _Column(False, 40), "customer_number": _Column(False, 20),
        "channel": _Column(True, 10), "store_code": _Column(True, 16), "ordered_at": _Column(True, 40),
        "delivered_at": _Column(False, 40), "currency": _Column(False, 3), "sku": _Column(True, 40),
        "quantity": _Column(True, 10), "unit_price": _Column(True, 20), "serial_number": _Column(False, 60),
    }  # fmt: skip

    def __init__(self, phone_region: str, now: datetime) -> None:
        self.now = now

    def records(self, rows: Iterable[_Row], problems: _Problems) -> Iterator[_OrderRecord]:
        """One record per order: its rows must follow one another, and repeat the order's own columns."""
        seen: dict[str, int] = {}
        receipts: dict[str, int] = {}
        current: _OrderRecord | None = None
        for row in rows:
            number = normalise_identifier(row.cells.get("order_number", ""))
            if current is None or number != current.number:
                if current is not None and not current.bad:
                    yield current
                current = _OrderRecord(row.line, number)
                try:
                    _key_repeated(seen, number, row.line, "Order")
                except InvalidInput as bad:
                    problems.add(row.line, say("{problem} An order's rows must follow one another.",
                                                problem=said_in(bad) or str(bad)))  # fmt: skip
                    current.bad = True
                    continue
            try:
                cells = _cells(row, self.columns)
                _identifier(number, "order_number")
                header = self._header(cells)
                if current.header is None:
                    current.header = header
                    if header.receipt_number:
                        _key_repeated(receipts, header.receipt_number, row.line, "Receipt")
                elif header != current.header:
                    raise InvalidInput(say(
                        "order {number} has other order details (receipt, customer, channel, store, times or "
                        "currency) than on line {line}; each of its rows must repeat them.", number=number,
                        line=current.line,
                    ))
                current.lines.append(self._line(row.line, cells))
            except InvalidInput as bad:
                problems.add(row.line, said_in(bad) or str(bad))
                current.bad = True
        if current is not None and not current.bad:
            yield current

    def _header(self, cells: dict[str, str]) -> _OrderHeader:
        ordered_at = _moment(cells["ordered_at"], "ordered_at", self.now)
        delivered_at = _moment(cells["delivered_at"], "delivered_at", self.now)
        assert ordered_at is not None  # a required column
        if delivered_at is not None and delivered_at < ordered_at:
            raise InvalidInput(say("delivered_at is before ordered_at."))
        currency = (cells["currency"] or "EUR").upper()
        if len(currency) != 3 or not currency.isalpha():
            raise InvalidInput(say("currency '{currency}' is not a currency code such as EUR.", currency=currency))
        channel = _choice(cells["channel"], "channel", SalesChannel)
        assert channel is not None
        receipt = normalise_identifier(cells["receipt_number"])
        return _OrderHeader(
            _identifier(receipt, "receipt_number"), _identifier(cells["customer_number"], "customer_number"),
            channel, cells["store_code"], ordered_at, delivered_at, currency,
        )  # fmt: skip

    def _line(self, line: int, cells: dict[str, str]) -> _LineRecord:
        quantity = _quantity(cells["quantity"])
        price = parse_amount(cells["unit_price"], "unit_price", grouped=False)
        assert price is not None  # a required column
        serial = normalise_identifier(cells["serial_number"])
        if serial and quantity != 1:
            raise InvalidInput(say("a line with a serial number holds one item: quantity must be 1."))
        return _LineRecord(line, cells["sku"], quantity, price, _identifier(serial, "serial_number"))

    def lookup(self, session: Session, records: list[_OrderRecord]) -> _OrderContext:
        numbers = [r.number for r in records]
        heads = [r.header for r in records if r.header is not None]  # every record given here has one
        receipts = [h.receipt_number for h in heads if h.receipt_number]
        customers = {h.customer_number for h in heads if h.customer_number}
        skus = {line.sku for r in records for line in r.lines}
        orders = session.scalars(
            select(SalesOrder).where(SalesOrder.order_number.in_(numbers)).options(selectinload(SalesOrder.lines))
        )
        query = select(SalesOrder.receipt_number, SalesOrder.order_number)
        return _OrderContext(
            orders={o.order_number: o for o in orders},
            receipts=dict(session.execute(query.where(SalesOrder.receipt_number.in_(receipts))).tuples().all()),
            customers=_ids(session, Customer.customer_number, Customer.id, customers),
            products=_ids(session, Product.sku, Product.id, skus),
            stores=_ids(session, Store.code, Store.id, {h.store_code for h in heads}),
        )

    def is_present(self, found: _OrderContext, record: _OrderRecord) -> bool:
        head = record.header
        assert head is not None
        if head.store_code not in found.stores:
            raise _Bad(record.line, say("there is no store with code {code}.", code=head.store_code))
        if head.customer_number and head.customer_number not in found.customers:
            raise _Bad(record.line, say("there is no customer {number} (import the customers first).",
                                        number=head.customer_number))  # fmt: skip
        for line in record.lines:
            if line.sku not in found.products:
                raise _Bad(line.line, say("there is no product with SKU {sku}.", sku=line.sku))
        holder = found.receipts.get(head.receipt_number)
        if holder is not None and holder != record.number:
            raise _Bad(record.line, say("receipt {receipt} belongs to order {order} already.",
                                        receipt=head.receipt_number, order=holder))  # fmt: skip
        stored = found.orders.get(record.number)
        if stored is None:
            return False
        lines = [(found.products[x.sku], x.quantity, x.unit_price, x.serial_number or None) for x in record.lines]
        differ = _differences({
            "customer_number": (found.customers.get(head.customer_number), stored.customer_id),
            "channel": (head.channel, stored.channel),
            "store_code": (found.stores[head.store_code], stored.store_id),
            "ordered_at": (head.ordered_at, stored.ordered_at),
            "delivered_at": (head.delivered_at, stored.delivered_at),
            "receipt_number": (head.receipt_number, stored.receipt_number),
            "currency": (head.currency, stored.currency),
            "lines": (lines, [(x.product_id, x.quantity, x.unit_price, x.serial_number) for x in stored.lines]),
        })  # fmt: skip
        if differ:
            raise _Bad(record.line, say("order {number} already exists with different data ({columns}).",
                                        number=record.number, columns=", ".join(differ)))  # fmt: skip
        return True

    def write(self, session: Session, found: _OrderContext, record: _OrderRecord, actor: Actor) -> None:
        head = record.header
        assert head is not None
        order = add_order(
            session,
            NewOrder(
                order_number=record.number,
                channel=head.channel,
                store_id=found.stores[head.store_code],
                ordered_at=head.ordered_at,
                customer_id=found.customers.get(head.customer_number),
                lines=[NewOrderLine(found.products[x.sku], x.quantity, x.unit_price, x.serial_number or None)
                       for x in record.lines],  # fmt: skip
                receipt_number=head.receipt_number or None,
                delivered_at=head.delivered_at,
                currency=head.currency,
            ),
            actor_id=actor.user_id,
        )
        # add_order itself keeps no audit entry; an imported order should say who brought it in.
        audit.record(session, actor, "order.create", "sales_order", order.id,
                     after={"number": order.order_number, "lines": len(record.lines), "total": str(order.total)})


def _ids(session: Session, key: Any, id_column: Any, values: set[str]) -> dict[str, int]:
    if not values:
        return {}
    return dict(session.execute(select(key, id_column).where(key.in_(sorted(values)))).tuples().all())


# --- interactions -----------------------------------------------------------------------------------


@dataclass
class _InteractionRecord:
    line: int
    external_ref: str
    customer_number: str
    contact: ValidContact
    agent: str  # user name, '' when not given
    direction_given: bool


@dataclass
class _InteractionContext:
    interactions: dict[str, Interaction]
    customers: dict[str, int]
    agents: dict[str, Actor]


class _Interactions:
    name = "interactions"
    columns = {
        "external_ref": _Column(True, 80), "customer_number": _Column(True, 20), "channel": _Column(True, 10),
        "direction": _Column(False, 10), "occurred_at": _Column(True, 40), "reason": _Column(True, 120),
        "summary": _Column(True, 4000), "outcome": _Column(True, 120), "agent_username": _Column(False, 60),
    }  # fmt: skip

    def __init__(self, phone_region: str, now: datetime) -> None:
        self.now = now

    def records(self, rows: Iterable[_Row], problems: _Problems) -> Iterator[_InteractionRecord]:
        seen: dict[str, int] = {}
        for row in rows:
            try:
                cells = _cells(row, self.columns)
                reference = cells["external_ref"]
                _key_repeated(seen, reference, row.line, "External reference")
                customer_number = _identifier(cells["customer_number"], "customer_number")
                contact = validate(ContactForm(
                    channel=_choice(cells["channel"], "channel", Channel) or "",
                    direction=_choice(cells["direction"], "direction", Direction, Direction.INBOUND) or "",
                    reason=cells["reason"], summary=cells["summary"], outcome=cells["outcome"],
                    occurred_at=_moment(cells["occurred_at"], "occurred_at", self.now),
                ), now=self.now)  # fmt: skip
            except InvalidInput as bad:
                problems.add(row.line, said_in(bad) or str(bad))
                continue
            yield _InteractionRecord(row.line, reference, customer_number, contact, cells["agent_username"].lower(),
                                     bool(cells["direction"]))  # fmt: skip

    def lookup(self, session: Session, records: list[_InteractionRecord]) -> _InteractionContext:
        references = [r.external_ref for r in records]
        usernames = sorted({r.agent for r in records if r.agent})
        users = session.scalars(select(StaffUser).where(StaffUser.username.in_(usernames))).all() if usernames else []
        return _InteractionContext(
            interactions={
                i.external_ref or "": i
                for i in session.scalars(select(Interaction).where(Interaction.external_ref.in_(references)))
            },
            customers=_ids(session, Customer.customer_number, Customer.id, {r.customer_number for r in records}),
            agents={u.username: actor_for(u, workstation="") for u in users},  # the workstation: the importer's
        )

    def is_present(self, found: _InteractionContext, record: _InteractionRecord) -> bool:
        customer_id = found.customers.get(record.customer_number)
        if customer_id is None:
            raise _Bad(record.line, say("there is no customer {number} (import the customers first).",
                                        number=record.customer_number))  # fmt: skip
        if record.agent and record.agent not in found.agents:
            raise _Bad(record.line, say("there is no user {user}.", user=record.agent))
        stored = found.interactions.get(record.external_ref)
        if stored is None:
            return False
        c = record.contact
        differ = _differences({
            "customer_number": (customer_id, stored.customer_id),
            "channel": (c.channel, stored.channel),
            "direction": (c.direction if record.direction_given else None, stored.direction),
            "occurred_at": (c.occurred_at, stored.occurred_at),
            "reason": (c.reason, stored.reason),
            "summary": (c.summary, stored.summary),
            "outcome": (c.outcome, stored.outcome),
            "agent_username": (found.agents[record.agent].user_id if record.agent else None, stored.agent_id),
        })  # fmt: skip
        if differ:
            raise _Bad(record.line, say("interaction {reference} already exists with different data ({columns}).",
                                        reference=record.external_ref, columns=", ".join(differ)))  # fmt: skip
        return True

    def write(self, session: Session, found: _InteractionContext, record: _InteractionRecord, actor: Actor) -> None:
        agent = found.agents.get(record.agent)
        by = replace(agent, workstation=actor.workstation) if agent else actor
        add_interaction(session, by, found.customers[record.customer_number], record.contact,
                        external_ref=record.external_ref)  # fmt: skip
