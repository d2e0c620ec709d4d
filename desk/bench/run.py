"""`make bench` and `desk-admin bench`: load, measure, report.

`make bench` (this module's `main`) starts a throwaway PostgreSQL on 127.0.0.1, loads it with `seed-scale`
(1,000,000 customers by default), and measures the reads, writes, concurrency and GUI there; then does the reads and
writes again on an embedded SQLite file of a smaller size. `desk-admin bench` measures the database it is pointed at
(already loaded). Both print the report as a table and write it as JSON.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from desk.bench import reads
from desk.bench.report import Report
from desk.db import Database
from desk.scale import seed_scale


def bench_database(db: Database, url_for_gui: str, *, runs: int, agents: int, seconds: float, gui: bool,
                   concurrency: bool, title: str, context: dict[str, object],
                   plans: dict[str, str] | None = None) -> Report:  # fmt: skip
    report = Report(title, {**context, **_machine(), **_sizes(db)})
    for row in reads.run(db, runs=runs, plans=plans):
        report.add(row)
    if concurrency and db.dialect == "postgresql":
        from desk.bench import concurrency as simulation

        for row in simulation.run(db, agents=agents, seconds=seconds):
            report.add(row)
    if gui:
        from desk.ui import bench as gui_bench  # Qt lives in desk.ui only

        for row in gui_bench.run(url_for_gui):
            report.add(row)
    return report


def _sizes(db: Database) -> dict[str, object]:
    from sqlalchemy import text

    with db.read() as session:
        count = lambda table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar()  # noqa: E731
        return {"customers": f"{count('customer'):,}", "orders": f"{count('sales_order'):,}",
                "timeline events": f"{count('timeline_event'):,}", "database": db.dialect}  # fmt: skip


def _machine() -> dict[str, object]:
    return {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}  # fmt: skip


def _emit(reports: list[Report], json_path: Path | None, plans: dict[str, str] | None = None) -> None:
    for report in reports:
        print(report.as_table())
        print()
    if json_path is not None:
        json_path.write_text("[\n" + ",\n".join(r.as_json() for r in reports) + "\n]\n", encoding="utf-8")
        print(f"JSON written to {json_path}")
        if plans:
            plan_path = json_path.with_suffix(".plans.txt")
            plan_path.write_text("".join(f"== {name}\n{plan}\n\n" for name, plan in plans.items()),
                                 encoding="utf-8")
            print(f"PostgreSQL query plans written to {plan_path}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=1_000_000, help="PostgreSQL size (seed-scale)")
    parser.add_argument("--sqlite-customers", type=int, default=100_000, help="SQLite size; 0 skips SQLite")
    parser.add_argument("--runs", type=int, default=200, help="timed runs per figure")
    parser.add_argument("--agents", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=30.0, help="how long the simulated agents work")
    parser.add_argument("--no-gui", action="store_true")
    parser.add_argument("--json", type=Path, default=Path("bench-results.json"))
    args = parser.parse_args(argv)
    from desk.throwaway_pg import ThrowawayPostgres, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        print("make bench: PostgreSQL binaries (initdb, pg_ctl) not found; install postgresql", file=sys.stderr)
        return 2
    reports = []
    plans: dict[str, str] = {}
    server = ThrowawayPostgres(bin_dir)
    server.start()
    try:
        db = Database(server.url())
        db.upgrade()
        started = time.perf_counter()
        summary = seed_scale(db, customers=args.customers, progress=lambda m: print(m, flush=True))
        print(summary, flush=True)
        reports.append(bench_database(
            db, server.url(), runs=args.runs, agents=args.agents, seconds=args.seconds, gui=not args.no_gui,
            concurrency=True, title="Posventa Desk benchmark: PostgreSQL", plans=plans,
            context={"load": f"seed-scale {args.customers:,} customers in {time.perf_counter() - started:.0f} s"}))  # fmt: skip
        db.dispose()
    finally:
        server.stop()
    if args.sqlite_customers:
        with tempfile.TemporaryDirectory(prefix="desk-bench-") as folder:
            url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            db = Database(url)
            db.upgrade()
            seed_scale(db, customers=args.sqlite_customers, progress=lambda m: None)
            reports.append(bench_database(
                db, url, runs=args.runs, agents=0, seconds=0, gui=False, concurrency=False,
                title="Posventa Desk benchmark: SQLite (embedded)",
                context={"load": f"seed-scale {args.sqlite_customers:,} customers"}))  # fmt: skip
            db.dispose()
    _emit(reports, args.json, plans)
    return 0


def admin_bench(db: Database, *, runs: int, agents: int, seconds: float, gui: bool, json_path: Path | None) -> int:
    """`desk-admin bench`: the database DESK_DATABASE_URL names, loaded already (seed-scale)."""
    plans: dict[str, str] = {}
    report = bench_database(db, db.engine.url.render_as_string(hide_password=False), runs=runs, agents=agents,
                            seconds=seconds, gui=gui, concurrency=agents > 0, plans=plans,
                            title=f"Posventa Desk benchmark: {db.url}", context={})  # fmt: skip
    _emit([report], json_path, plans)
    return 0


if __name__ == "__main__":
    sys.exit(main())
