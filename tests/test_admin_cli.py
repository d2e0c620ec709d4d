"""desk-admin: the commands the issue names, their messages and their effects."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from desk.db import Database, head_revision
from desk.enums import DecisionKind, RoleCode
from desk.errors import InvalidInput
from desk.models import AuditEntry, EmpowermentPolicy, Role, StaffUser
from desk.scripts.admin import main
from desk.auth import sign_in
from desk.errors import AccountDisabled


def run(db: Database, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(["--database-url", db.url, *args])


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desk.scripts.admin", "--help"], capture_output=True, text=True, check=True
    )
    for command in ["upgrade", "create-user", "set-limit", "seed-demo", "import", "seed-scale", "rules", "chargebacks",
                    "limits", "approvals", "audit", "disable-user", "enable-user", "customer"]:
        assert command in result.stdout


def test_upgrade_creates_the_schema_on_an_empty_database(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert run(db, "upgrade", monkeypatch=monkeypatch) == 0
    assert f"Schema at {head_revision()} (was empty)" in capsys.readouterr().out
    assert db.current_revision() == head_revision()
    assert run(db, "upgrade", monkeypatch=monkeypatch) == 0  # a second upgrade is harmless
    db.dispose()


def test_create_user_then_sign_in(db: Database, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    code = run(db, "create-user", "Rosa", "--role", "agent", "--full-name", "Rosa Vila", "--password-stdin",
               stdin="correct horse\n", monkeypatch=monkeypatch)  # fmt: skip
    assert code == 0 and "Created user rosa (agent)" in capsys.readouterr().out
    signed = sign_in(db, "rosa", "correct horse", "ws-1")  # on PostgreSQL, as the login create-user made
    actor = signed.actor
    assert (actor.username, actor.role, actor.full_name) == ("rosa", RoleCode.AGENT, "Rosa Vila")
    with pytest.raises(InvalidInput, match="Unknown user or wrong password"):
        sign_in(db, "rosa", "wrong horse", "ws-1")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "user.create")).one()
        assert "correct horse" not in str(entry.after)
        stored = s.scalar(select(StaffUser.password_hash).where(StaffUser.username == "rosa"))
        assert stored is None if db.dialect == "postgresql" else stored.startswith("scrypt$")  # PG: the login has it

    assert run(db, "disable-user", "rosa", monkeypatch=monkeypatch) == 0
    assert "User rosa disabled" in capsys.readouterr().out
    with pytest.raises(AccountDisabled):  # the desk she has open refuses her next action
        with signed.db.read():
            pass
    with pytest.raises((InvalidInput, AccountDisabled)):  # a new desk: refused at sign-in
        sign_in(db, "rosa", "correct horse", "ws-1")
    assert run(db, "disable-user", "rosa", monkeypatch=monkeypatch) == 2
    assert "already disabled" in capsys.readouterr().err
    assert run(db, "enable-user", "rosa", monkeypatch=monkeypatch) == 0
    again = sign_in(db, "rosa", "correct horse", "ws-1")
    assert again.actor.user_id == actor.user_id
    for opened in {id(signed.db): signed.db, id(again.db): again.db}.values():
        if opened is not db:
            opened.dispose()
    assert run(db, "audit", "verify", monkeypatch=monkeypatch) == 0
    assert "Audit chain intact: 3 entries" in capsys.readouterr().out  # created, disabled, enabled


def test_create_user_refusals_are_readable(db: Database, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run(db, "create-user", "rosa", "--role", "agent", "--password-stdin", stdin="short\n", monkeypatch=monkeypatch) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    assert run(db, "create-user", "rosa", "--role", "agent", "--store", "NOPE", "--password-stdin",
               stdin="long enough\n", monkeypatch=monkeypatch) == 2  # fmt: skip
    assert "no store with code NOPE" in capsys.readouterr().err
    assert run(db, "create-user", "x'; DROP TABLE staff_user;--", "--role", "agent", "--password-stdin",
               stdin="long enough\n", monkeypatch=monkeypatch) == 2  # fmt: skip
    assert "letters, digits" in capsys.readouterr().err


def test_set_limit_for_a_role_and_a_person_replaces_and_audits(db: Database, staff, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    args = ["set-limit", "--role", "agent", "--kind", "goodwill_voucher", "--per-decision", "50,00", "--per-day", "200"]
    assert run(db, *args, monkeypatch=monkeypatch) == 0
    assert run(db, *args[:-1], "250", monkeypatch=monkeypatch) == 0
    assert run(db, "set-limit", "--user", "ana", "--kind", "fee_waiver", "--per-decision", "15",
               "--days-past-window", "7", monkeypatch=monkeypatch) == 0  # fmt: skip
    with db.read() as s:
        agent_role = s.scalar(select(Role.id).where(Role.code == RoleCode.AGENT))
        voucher = s.scalar(select(EmpowermentPolicy).where(EmpowermentPolicy.role_id == agent_role,
                                                           EmpowermentPolicy.decision_kind == DecisionKind.GOODWILL_VOUCHER))
        assert (voucher.max_per_decision, voucher.max_per_agent_day) == (Decimal("50.00"), Decimal("250.00"))
        (personal,) = s.scalars(select(EmpowermentPolicy).where(EmpowermentPolicy.user_id.is_not(None))).all()
        assert (personal.user_id, personal.decision_kind, personal.max_per_decision) == (
            staff.agent.user_id, DecisionKind.FEE_WAIVER, Decimal("15.00"))
        assert personal.max_per_agent_day is None and personal.max_days_past_window == 7
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "policy.set_limit",
                                                    AuditEntry.workstation != "tests")).all()  # fmt: skip
        assert len(audits) == 3 and audits[1].before is not None and audits[1].before["per_agent_day"] == "200.00"


@pytest.mark.parametrize("amount", ["-5", "abc", "1e9", "NaN", "0.001"])
def test_set_limit_refuses_absurd_amounts_and_changes_nothing(db: Database, staff, capsys, monkeypatch, amount) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        before = [(p.id, p.max_per_decision) for p in s.scalars(select(EmpowermentPolicy).order_by(EmpowermentPolicy.id))]
    code = run(db, "set-limit", "--role", "agent", "--kind", "refund", f"--per-decision={amount}",
               monkeypatch=monkeypatch)  # fmt: skip
    assert code == 2 and "Per decision" in capsys.readouterr().err
    with db.read() as s:
        after = [(p.id, p.max_per_decision) for p in s.scalars(select(EmpowermentPolicy).order_by(EmpowermentPolicy.id))]
    assert after == before


def test_commands_refuse_a_database_without_schema(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'bare.sqlite3'}")
    assert run(db, "set-limit", "--role", "agent", "--kind", "refund", "--per-decision", "5",
               monkeypatch=monkeypatch) == 2  # fmt: skip
    assert "desk-admin upgrade" in capsys.readouterr().err
    db.dispose()


def test_rules_show_load_and_refuse_a_bad_file(db: Database, staff, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desk.rule_store import current_rules
    from desk.rules.settings import default_rules_text

    assert run(db, "rules", "show", monkeypatch=monkeypatch) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("# In force: the shipped defaults") and "withdrawal_days = 14" in shown
    bad = tmp_path / "bad.toml"
    bad.write_text(default_rules_text().replace("withdrawal_days = 14", "withdrawal_days = -3"), encoding="utf-8")
    assert run(db, "rules", "load", str(bad), monkeypatch=monkeypatch) == 2
    assert "returns.withdrawal_days must be a whole number" in capsys.readouterr().err
    good = tmp_path / "good.toml"
    good.write_text(default_rules_text().replace("withdrawal_days = 14", "withdrawal_days = 30"), encoding="utf-8")
    assert run(db, "rules", "load", str(good), monkeypatch=monkeypatch) == 0
    with db.read() as s:
        assert current_rules(s).returns.withdrawal_days == 30
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "rules.load")) == "rules.load"
    assert run(db, "rules", "show", monkeypatch=monkeypatch) == 0
    assert "loaded by an administrator" in capsys.readouterr().out


def test_chargebacks_export(db: Database, staff, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "claims.csv"
    assert run(db, "chargebacks", "--from", "2026-01-01", "--to", "2026-01-31", "--out", str(out),
               monkeypatch=monkeypatch) == 0  # fmt: skip
    assert "0 claims to charge back" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("case_number,opened_at,")
    assert run(db, "chargebacks", "--from", "1 Jan", "--to", "2026-01-31", monkeypatch=monkeypatch) == 2
    assert "Dates are written YYYY-MM-DD" in capsys.readouterr().err


def test_limits_and_approvals_commands(db: Database, staff, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert run(db, "limits", monkeypatch=monkeypatch) == 0
    out = capsys.readouterr().out
    assert "role agent" in out and "goodwill_voucher" in out and "50.00" in out
    assert run(db, "approvals", "escalate", monkeypatch=monkeypatch) == 0
    assert "0 approval requests reminded, moved up or expired." in capsys.readouterr().out
