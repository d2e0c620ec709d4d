"""The benchmark's own arithmetic and plumbing (its figures are printed by `make bench`, never asserted on time)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk.bench import reads
from desk.bench.report import Report, Row
from desk.bench.stats import percentile, summarise
from desk.db import Database
from desk.models import TimelineEvent
from desk.scale import seed_scale
from desk.scripts.admin import main as admin


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 201)]  # 1..200 ms
    assert percentile(values, 0.50) == 100 and percentile(values, 0.95) == 190 and percentile(values, 0.99) == 198
    timing = summarise([v / 1000 for v in reversed(values)])
    assert (timing.runs, timing.p50_ms, timing.p95_ms, timing.p99_ms, timing.max_ms) == (200, 100, 190, 198, 200)
    with pytest.raises(ValueError):
        percentile([], 0.5)


def test_a_row_meets_its_targets_or_says_it_missed() -> None:
    fast, slow = summarise([0.010] * 20), summarise([0.020] * 20)
    assert Row("s", "ok", desk=fast, raw=fast, target=50, ratio_target=1.5).met is True
    assert Row("s", "too slow", desk=summarise([0.060] * 20), target=50).met is False
    assert Row("s", "overhead", desk=slow, raw=fast, target=50, ratio_target=1.5).met is False  # ratio 2.0
    assert Row("s", "memory", value=300.0, unit="MB", target=250).met is False
    assert Row("s", "no target", value=3.0).met is None
    report = Report("t", {"database": "x"}, [Row("s", "overhead", desk=slow, raw=fast, target=50, ratio_target=1.5,
                                                 note="why")])  # fmt: skip
    assert "NO" in report.as_table() and "missed: s / overhead" in report.as_table() and "why" in report.as_table()
    assert json.loads(report.as_json())["rows"][0]["ratio"] == 2.0


def test_reads_and_writes_are_measured_through_the_desk_and_raw(db: Database) -> None:
    seed_scale(db, customers=300, events_per_customer=4, seed=3)
    plans: dict[str, str] = {}
    rows = reads.run(db, runs=5, plans=plans)
    names = [row.name for row in rows]
    assert names[:5] == ["search: phone", "search: email", "search: order number", "search: serial number",
                         "search: name fragment with a typo"]  # fmt: skip
    assert any("20,000 events" in name for name in names) and names[-2].startswith("decision write")
    for row in rows:
        assert row.desk is not None and row.desk.runs == 5 and row.desk.p50_ms > 0
        assert (row.raw is not None and row.ratio is not None) == (row.section == reads.SECTION_READS)
    with db.read() as session:
        heavy = session.scalar(select(func.count()).select_from(TimelineEvent).where(
            TimelineEvent.customer_id == reads.ensure_heavy_customer(db)))  # fmt: skip
    assert heavy == reads.HEAVY_CUSTOMER_EVENTS
    if db.dialect == "postgresql":
        assert "Index" in plans["search: phone"] and "timeline: first page" in plans


def test_desk_admin_bench_prints_the_table_and_writes_json(db: Database, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    seed_scale(db, customers=200, events_per_customer=3, seed=4)
    out = tmp_path / "bench.json"
    code = admin(["--database-url", db.engine.url.render_as_string(hide_password=False), "bench", "--runs", "3",
                  "--agents", "0", "--no-gui", "--json", str(out)])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "search: phone" in printed and "Targets met:" in printed
    (report,) = json.loads(out.read_text())
    assert report["context"]["customers"] and {row["name"] for row in report["rows"]} >= {"customer 360 header"}


def test_a_waived_ratio_is_said_on_its_row() -> None:
    tiny, raw = summarise([0.0008] * 20), summarise([0.00003] * 20)  # 0.8 ms against 0.03 ms (in-process SQLite)
    row = Row("s", "fast", desk=tiny, raw=raw, target=50, ratio_target=1.5)
    assert row.ratio_waived and row.met is True
    assert "ratio not held against it" in Report("t", {}, [row]).as_table()
    assert json.loads(Report("t", {}, [row]).as_json())["rows"][0]["ratio_waived"] is True
