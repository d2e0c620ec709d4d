"""desk-admin: the administrator's command line. Thin wrappers over the services."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desk import config
from desk.actors import Actor, system_actor
from desk.db import Database
from desk.enums import DecisionKind, RoleCode
from desk.errors import DeskError

Handler = Callable[[argparse.Namespace, Database, Actor], int]


def cmd_upgrade(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    before = db.current_revision()
    db.upgrade()
    after = db.current_revision()
    print(f"Schema at {after}" + ("" if before == after else f" (was {before or 'empty'})"))
    return 0


def cmd_create_user(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.staff import add_user

    db.check_schema()
    password = _read_password(args)
    with db.write() as session:
        user = add_user(
            session, actor, username=args.username, full_name=args.full_name or args.username,
            role=RoleCode(args.role), store_code=args.store, password=password,
        )  # fmt: skip
        print(f"Created user {user.username} ({args.role}) with id {user.id}")
    return 0


def cmd_set_active(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk import db_logins
    from desk.staff import set_active

    db.check_schema()
    enable = args.command == "enable-user"
    with db.write() as session:
        user = set_active(session, actor, args.username, enable)
        name = user.username
    ended = 0
    if not enable and db.dialect == "postgresql":
        with db.write() as session:
            ended = db_logins.end_sessions(session, name)
    print(f"User {name} {'enabled' if enable else 'disabled'}"
          + (f"; {ended} open connection(s) ended" if ended else ""))  # fmt: skip
    return 0


def cmd_audit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.audit_chain import verify

    db.check_schema()
    verdict = verify(db)
    print(verdict, file=sys.stdout if verdict.ok else sys.stderr)
    return 0 if verdict.ok else 1


def cmd_bench(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.bench.run import admin_bench

    db.check_schema()
    return admin_bench(db, runs=args.runs, agents=args.agents, seconds=args.seconds, gui=not args.no_gui,
                       json_path=Path(args.json) if args.json else None)  # fmt: skip


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(f"Password for {args.username}: ")
    if getpass.getpass("Again: ") != first:
        raise DeskError("The two passwords differ; nothing was created.")
    return first


def cmd_set_limit(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.policy import Limit, parse_amount, set_limit

    db.check_schema()
    per_decision = parse_amount(args.per_decision, "Per decision")
    assert per_decision is not None  # argparse requires it
    limit = Limit(
        kind=DecisionKind(args.kind),
        currency=args.currency,
        per_decision=per_decision,
        per_agent_day=parse_amount(args.per_day, "Per agent per day"),
        per_customer_12m=parse_amount(args.per_customer_12m, "Per customer over 12 months"),
        days_past_window=args.days_past_window,
    )
    with db.write() as session:
        set_limit(session, actor, limit, role=RoleCode(args.role) if args.role else None, username=args.user)
    who = f"role {args.role}" if args.role else f"user {args.user}"
    print(f"Limit for {who}, {args.kind}: {per_decision} {args.currency.upper()} per decision")
    return 0


def cmd_set_budget(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.budgets import set_budget

    db.check_schema()
    set_budget(db, actor, args.store, args.month, args.amount, args.currency)
    print(f"Goodwill budget of {args.store} for {args.month}: {args.amount} {args.currency.upper()}")
    return 0


def cmd_budgets(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.budgets import budgets

    db.check_schema()
    rows = budgets(db, args.currency)
    if not rows:
        print("No goodwill budgets are set. Set them with desk-admin set-budget.")
    for row in rows:
        print(f"{row.month:%Y-%m}  {row.store_code:<10} {row.store_name:<30} {row.amount:>12.2f} {row.currency}")
    return 0


def cmd_seed_demo(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.demo import has_customers, seed_demo

    db.check_schema()
    if args.if_empty and has_customers(db):
        print("Demo data already present; nothing to do.")
        return 0
    summary = seed_demo(db, customers=args.customers, seed=args.seed, progress=print)
    print(summary)
    return 0


def cmd_import(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.importer import ImportRejected, import_csv

    db.check_schema()
    try:
        report = import_csv(db, args.what, Path(args.file), actor, phone_region=config.load().phone_region)
    except ImportRejected as rejected:
        print(rejected, file=sys.stderr)
        for problem in rejected.problems:
            print(f"  line {problem.line}: {problem.reason}", file=sys.stderr)
        return 1
    print(report)
    return 0


def cmd_seed_scale(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.scale import seed_scale

    db.check_schema()
    summary = seed_scale(db, customers=args.customers, events_per_customer=args.events, seed=args.seed, progress=print)
    print(summary)
    return 0


def cmd_rules(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.rule_store import current_rules_text, load_rules

    db.check_schema()
    if args.action == "show":
        text, is_default = current_rules_text(db)
        print(("# In force: the shipped defaults\n" if is_default else "# In force: loaded by an administrator\n")
              + text, end="" if text.endswith("\n") else "\n")  # fmt: skip
        return 0
    if not args.file:
        raise DeskError("Give the rules file to load: desk-admin rules load FILE.toml")
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskError(f"Cannot read {args.file}: {exc}") from None
    load_rules(db, actor, text)
    print(f"Rules from {args.file} are now in force for every desk.")
    return 0


def cmd_chargebacks(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from datetime import date, datetime, time, timedelta, timezone

    from desk.warranty import chargeback_claims, chargebacks_csv

    db.check_schema()
    try:
        first, last = date.fromisoformat(args.since), date.fromisoformat(args.until)
    except ValueError:
        raise DeskError("Dates are written YYYY-MM-DD, e.g. --from 2026-01-01 --to 2026-01-31.") from None
    since = datetime.combine(first, time(), timezone.utc)
    until = datetime.combine(last + timedelta(days=1), time(), timezone.utc)
    rows = chargeback_claims(db, since, until)
    text = chargebacks_csv(rows)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8", newline="")
        print(f"{len(rows)} claim{'s' if len(rows) != 1 else ''} to charge back written to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def cmd_limits(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.policy import limits_table

    db.check_schema()
    rows = limits_table(db)
    if not rows:
        print("No empowerment limits are set: nobody can grant anything. Set them with desk-admin set-limit.")
        return 0

    def cell(value: object) -> str:
        return "-" if value is None else str(value)

    print(f"{'who':<24}{'kind':<24}{'cur':<5}{'per decision':>14}{'per day':>12}{'customer 12m':>14}{'days':>6}")
    for row in rows:
        who = f"role {row.role.value}" if row.role else f"user {row.username}"
        limit = row.limit
        print(f"{who:<24}{limit.kind.value:<24}{limit.currency:<5}{cell(limit.per_decision):>14}"
              f"{cell(limit.per_agent_day):>12}{cell(limit.per_customer_12m):>14}{cell(limit.days_past_window):>6}")
    return 0


def cmd_approvals(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.approvals import escalate_due

    db.check_schema()
    changed = escalate_due(db)
    print(f"{changed} approval request{'s' if changed != 1 else ''} reminded, moved up or expired.")
    return 0


def cmd_customer_export(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    import json

    from desk.privacy import export_customer

    db.check_schema()
    output = Path(args.output) if args.output else None
    if output is not None and not output.parent.is_dir():
        raise DeskError(f"The folder {output.parent} does not exist; nothing was exported.")
    data = export_customer(db, actor, args.id, with_documents=args.with_documents)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(text)
        return 0
    _write_private_file(output, text)
    contents = "with their contents" if args.with_documents else "metadata only; --with-documents adds them"
    print(f"Customer {data['customer']['customer_number']} exported to {output}: {len(data['orders'])} orders, "
          f"{len(data['cases'])} cases, {len(data['interactions'])} contacts, {len(data['documents'])} documents "
          f"({contents}).")  # fmt: skip
    return 0


def _write_private_file(path: Path, text: str) -> None:
    """Personal data: a new file is readable by its owner only."""
    import os

    try:
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as out:
            out.write(text)
    except OSError as exc:
        raise DeskError(f"Cannot write {path}: {exc.strerror}. Nothing was written; run the export again.") from None


def cmd_customer_erase(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desk.privacy import erase_customer, find_customer

    db.check_schema()
    found = find_customer(db, args.id)
    if found.erased_at is not None:
        raise DeskError(f"Customer {found.customer_number} was already erased on {found.erased_at:%Y-%m-%d}; "
                        "nothing was changed.")  # fmt: skip
    if not args.yes:
        print(f"This erases the personal data of {found.full_name} ({found.customer_number}) for good: the name, "
              "phones, emails and addresses, the notes and reasons people typed, survey comments and the contents "
              "of letters and attachments. Orders, cases, amounts, decisions and the audit are kept.")  # fmt: skip
        try:
            typed = input(f"Type the customer number {found.customer_number} to confirm: ")
        except EOFError:
            typed = ""
        if typed.strip() != found.customer_number:
            print("Not confirmed; nothing was erased.", file=sys.stderr)
            return 1
    report = erase_customer(db, actor, found.customer_id)
    print(f"Customer {report.customer_number} erased: {report.contact_points} contact points removed; the text of "
          f"{report.interactions} contacts, {report.cases} cases, {report.decisions} decisions, {report.surveys} "
          f"surveys and {report.timeline_events} timeline events erased; {report.documents} documents emptied. "
          "Orders, amounts, decisions and the audit are kept.")  # fmt: skip
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-admin",
        description="Administer the Posventa Desk database named by DESK_DATABASE_URL "
        "(default: the embedded SQLite file in the data folder).",
    )
    parser.add_argument("--database-url", help="overrides DESK_DATABASE_URL for this command")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = sub.add_parser("upgrade", help="migrate the database schema to the newest revision")
    up.set_defaults(handler=cmd_upgrade)

    cu = sub.add_parser("create-user", help="create a staff user with a role (asks for the password)")
    cu.add_argument("username")
    cu.add_argument("--role", required=True, choices=[r.value for r in RoleCode])
    cu.add_argument("--full-name")
    cu.add_argument("--store", help="store code the user works at")
    cu.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    cu.set_defaults(handler=cmd_create_user)

    for verb, what in (("disable-user", "stop a user working at once (every desk refuses their next action)"),
                       ("enable-user", "let a disabled user work again")):
        du = sub.add_parser(verb, help=what)
        du.add_argument("username")
        du.set_defaults(handler=cmd_set_active)

    be = sub.add_parser("bench", help="measure this database (loaded by seed-scale): searches, customer header, "
                                      "timeline pages, writes, N simulated agents, the GUI; a table and JSON")
    be.add_argument("--runs", type=int, default=200, help="timed runs per figure")
    be.add_argument("--agents", type=int, default=32, help="simulated agents (PostgreSQL; 0 skips)")
    be.add_argument("--seconds", type=float, default=30.0, help="how long the simulated agents work")
    be.add_argument("--no-gui", action="store_true", help="skip the figures measured inside the application")
    be.add_argument("--json", help="also write the report as JSON to this file")
    be.set_defaults(handler=cmd_bench)

    au = sub.add_parser("audit", help="verify the audit's hash chain: reports the first broken link (exit 1)")
    au.add_argument("action", choices=["verify"])
    au.set_defaults(handler=cmd_audit)

    sl = sub.add_parser("set-limit", help="set an empowerment limit for a role or one user")
    who = sl.add_mutually_exclusive_group(required=True)
    who.add_argument("--role", choices=[r.value for r in RoleCode])
    who.add_argument("--user", help="a user name: a personal override of the role's limit")
    sl.add_argument("--kind", required=True, choices=[k.value for k in DecisionKind])
    sl.add_argument("--per-decision", required=True, help="most per decision, e.g. 50.00")
    sl.add_argument("--per-day", help="most per agent per day")
    sl.add_argument("--per-customer-12m", help="most per customer over a rolling 12 months")
    sl.add_argument("--days-past-window", type=int, help="days past the return window still accepted")
    sl.add_argument("--currency", default="EUR")
    sl.set_defaults(handler=cmd_set_limit)

    sb = sub.add_parser("set-budget", help="set a store's goodwill budget for a month (the service figures' "
                        "goodwill granted against budget)")  # fmt: skip
    sb.add_argument("--store", required=True, help="the store's code")
    sb.add_argument("--month", required=True, help="the month, e.g. 2026-11")
    sb.add_argument("--amount", required=True, help="the budget, e.g. 3000.00")
    sb.add_argument("--currency", default="EUR")
    sb.set_defaults(handler=cmd_set_budget)
    bl = sub.add_parser("budgets", help="print the goodwill budgets set, newest month first")
    bl.add_argument("--currency", default="EUR")
    bl.set_defaults(handler=cmd_budgets)

    sd = sub.add_parser("seed-demo", help="fill the database with believable demo data")
    sd.add_argument("--customers", type=int, default=2000)
    sd.add_argument("--seed", type=int, default=7, help="random seed: the same seed gives the same data")
    sd.add_argument("--if-empty", action="store_true", help="do nothing when customers already exist")
    sd.set_defaults(handler=cmd_seed_demo)

    im = sub.add_parser("import", help="import customers, orders or interactions from a CSV file")
    im.add_argument("what", choices=["customers", "orders", "interactions"])
    im.add_argument("file")
    im.set_defaults(handler=cmd_import)

    ss = sub.add_parser("seed-scale", help="bulk-generate customers and history for benchmarks")
    ss.add_argument("--customers", type=int, required=True)
    ss.add_argument("--events", type=int, default=10, help="timeline events per customer (about)")
    ss.add_argument("--seed", type=int, default=11)
    ss.set_defaults(handler=cmd_seed_scale)

    ru = sub.add_parser("rules", help="show the after-sales rules in force, or load a new rules file (audited)")
    ru.add_argument("action", choices=["show", "load"])
    ru.add_argument("file", nargs="?", help="the TOML rules file to load (start from `desk-admin rules show`)")
    ru.set_defaults(handler=cmd_rules)

    cb = sub.add_parser("chargebacks", help="warranty claims whose cost a supplier or brand bears, as CSV")
    cb.add_argument("--from", dest="since", required=True, help="first day of the period, YYYY-MM-DD")
    cb.add_argument("--to", dest="until", required=True, help="last day of the period, YYYY-MM-DD")
    cb.add_argument("--out", help="write to this file instead of the screen")
    cb.set_defaults(handler=cmd_chargebacks)

    li = sub.add_parser("limits", help="print the empowerment policy: every role's limits and personal overrides")
    li.set_defaults(handler=cmd_limits)

    ap = sub.add_parser("approvals", help="remind, move up or expire approval requests nobody acted on in time "
                                          "(open desks do it too; schedule this where none stays open)")
    ap.add_argument("action", choices=["escalate"])
    ap.set_defaults(handler=cmd_approvals)

    cs = sub.add_parser("customer", help="a customer's personal data: export everything held, or erase it (audited)")
    customer = cs.add_subparsers(dest="action", required=True, metavar="ACTION")
    ex = customer.add_parser("export", help="everything held about one customer, as JSON")
    ex.add_argument("id", help="the customer number as printed (e.g. C-000123) or the numeric id")
    ex.add_argument("--output", help="write to this file (readable by you only) instead of the screen")
    ex.add_argument("--with-documents", action="store_true", help="include letters and attachments, base64-encoded")
    ex.set_defaults(handler=cmd_customer_export)
    er = customer.add_parser("erase", help="anonymise one customer; orders, amounts, decisions and the audit stay")
    er.add_argument("id", help="the customer number as printed (e.g. C-000123) or the numeric id")
    er.add_argument("--yes", action="store_true", help="do not ask to type the customer number to confirm")
    er.set_defaults(handler=cmd_customer_erase)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = config.load()
    db = Database(args.database_url or settings.database_url)
    try:
        return args.handler(args, db, system_actor(settings.workstation))
    except DeskError as error:
        print(f"desk-admin: {error}", file=sys.stderr)
        return 2
    finally:
        db.dispose()


if __name__ == "__main__":
    sys.exit(main())
