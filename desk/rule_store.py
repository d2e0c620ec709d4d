"""The after-sales rules in force for the whole chain: the newest copy stored in the shared database, or the
shipped defaults (resources/rules/after_sales.toml) until an administrator loads a file of their own."""

from __future__ import annotations

import hashlib
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk import audit
from desk.actors import Actor
from desk.db import Database
from desk.enums import RoleCode
from desk.errors import InvalidInput
from desk.messages import say
from desk.models import RuleSet
from desk.rules.settings import AfterSalesRules, default_rules, default_rules_text, parse_rules

MAX_RULES_TEXT = 200_000


def current_rules(session: Session) -> AfterSalesRules:
    """The rules every service applies, read inside the caller's transaction."""
    text = _stored_text(session)
    return default_rules() if text is None else _parsed(text)


@lru_cache(maxsize=4)
def _parsed(text: str) -> AfterSalesRules:
    return parse_rules(text)


def current_rules_text(db: Database) -> tuple[str, bool]:
    """The rules file in force, and whether it is the shipped default."""
    with db.read() as session:
        text = _stored_text(session)
    return (default_rules_text(), True) if text is None else (text, False)


def load_rules(db: Database, actor: Actor, text: str) -> AfterSalesRules:
    """Check a whole rules file, then store it as the rules in force; audited with the checksums."""
    if actor.role != RoleCode.ADMINISTRATOR:
        raise InvalidInput(say("Only an administrator can change the after-sales rules."))
    if len(text) > MAX_RULES_TEXT:
        raise InvalidInput(say("The rules file is too long (at most {most:,} characters).", most=MAX_RULES_TEXT))
    rules = parse_rules(text)
    with db.write() as session:
        before = _stored_text(session)
        row = RuleSet(content=text, created_by=actor.user_id)
        session.add(row)
        session.flush()
        audit.record(
            session, actor, "rules.load", "rule_set", row.id,
            before={"sha256": _digest(before if before is not None else default_rules_text()),
                    "default": before is None},
            after={"sha256": _digest(text)},
        )  # fmt: skip
    return rules


def _stored_text(session: Session) -> str | None:
    return session.scalar(select(RuleSet.content).order_by(RuleSet.id.desc()).limit(1))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
