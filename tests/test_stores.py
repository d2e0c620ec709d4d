"""The stores as the settings screen offers them, and a workstation's store code looked up by name."""

from __future__ import annotations

from desk.db import Database
from desk.enums import StoreKind
from desk.staff import add_store
from desk.stores import store_choices, store_name
from tests.factories import Staff


def test_store_choices_are_code_and_name_ordered_by_name(db: Database, staff: Staff) -> None:
    with db.write() as s:
        add_store(s, "GIR2", "Girona Centre", StoreKind.STORE, "Girona")
        add_store(s, "AAA", "Zaragoza Plaza", StoreKind.STORE, "Zaragoza")
    assert store_choices(db) == [
        ("BCN1", "Barcelona Diagonal"), ("CC", "Call centre"), ("GIR2", "Girona Centre"), ("WEB", "Tienda online"),
        ("AAA", "Zaragoza Plaza"),
    ]  # fmt: skip


def test_no_stores_is_an_empty_list(db: Database) -> None:
    assert store_choices(db) == []


def test_store_name_by_code(db: Database, staff: Staff) -> None:
    with db.write() as s:
        add_store(s, "gir2", "Girona Centre", StoreKind.STORE, "Girona")  # typed lower-case by an administrator
    assert store_name(db, "BCN1") == "Barcelona Diagonal"
    assert store_name(db, " bcn1 ") == "Barcelona Diagonal"
    assert store_name(db, "GIR2") == "Girona Centre"  # the settings keep codes upper-case
    assert store_name(db, "MAD9") is None
    assert store_name(db, "") is None
