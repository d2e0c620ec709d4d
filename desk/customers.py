"""Customers and their contact points: creating and updating them keeps search data in step."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit, name_index
from desk.actors import Actor
from desk.enums import ContactKind, LoyaltyTier
from desk.errors import InvalidInput
from desk.messages import say
from desk.models import ContactPoint, Customer
from desk.text import clean_text, name_words, normalise_email, normalise_name, normalise_phone


@dataclass
class NewCustomer:
    full_name: str
    customer_number: str
    customer_since: date
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    loyalty_tier: LoyaltyTier = LoyaltyTier.NONE
    is_company: bool = False
    preferred_language: str = "es"
    home_store_id: int | None = None


def contact_points(data: NewCustomer, phone_region: str) -> list[ContactPoint]:
    """Normalised contact points; refuses an email or phone that cannot be read."""
    points: list[ContactPoint] = []
    for raw in data.emails:
        norm = normalise_email(raw)
        if norm is None:
            raise InvalidInput(say("'{text}' is not an email address.", text=raw[:60]))
        points.append(ContactPoint(kind=ContactKind.EMAIL, value=raw.strip(), value_norm=norm))
    for raw in data.phones:
        norm = normalise_phone(raw, phone_region)
        if norm is None:
            raise InvalidInput(say("'{text}' is not a phone number.", text=raw[:60]))
        points.append(ContactPoint(kind=ContactKind.PHONE, value=raw.strip(), value_norm=norm))
    for raw in data.addresses:
        text = clean_text(raw, say("Address"), max_length=300)
        points.append(ContactPoint(kind=ContactKind.ADDRESS, value=text, value_norm=normalise_name(text)))
    seen: set[tuple[str, str]] = set()
    unique = []
    for point in points:
        key = (point.kind, point.value_norm)
        if key not in seen:
            seen.add(key)
            unique.append(point)
    if unique:
        for kind in ContactKind:
            first = next((p for p in unique if p.kind == kind), None)
            if first is not None:
                first.is_primary = True
    return unique


def add_customer(session: Session, actor: Actor, data: NewCustomer, phone_region: str = "ES") -> Customer:
    """Add a customer to the caller's transaction, with normalised contacts and indexed name words."""
    full_name = clean_text(data.full_name, say("Name"), max_length=200)
    search_name = normalise_name(full_name)
    if not search_name:
        raise InvalidInput(say("The name has no letters or digits."))
    number = clean_text(data.customer_number, say("Customer number"), max_length=20)
    if session.scalar(select(Customer.id).where(Customer.customer_number == number)) is not None:
        raise InvalidInput(say("Customer number {number} is already in use.", number=number))
    customer = Customer(
        customer_number=number,
        full_name=full_name,
        search_name=search_name,
        is_company=data.is_company,
        loyalty_tier=data.loyalty_tier,
        customer_since=data.customer_since,
        preferred_language=data.preferred_language,
        home_store_id=data.home_store_id,
        contact_points=contact_points(data, phone_region),
    )
    session.add(customer)
    name_index.index_words(session, name_words(full_name))
    session.flush()
    audit.record(session, actor, "customer.create", "customer", customer.id, after={"number": number})
    return customer
