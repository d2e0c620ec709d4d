"""Smoke test of the built desk (`make dist-check`): does the one-folder build start and reach the sign-in window?

    python installer/smoke_test.py [dist/posventa-desk] [--launches N]

Standard library only, and it runs nothing from the source tree: only the two built programs.
1. The bundle holds what the desk reads from disk (templates, rules, style sheet, migrations, Babel's locale data,
   python-docx's default template, the barcode font, Qt's offscreen platform plugin).
2. The built `desk-admin upgrade` creates the schema of a new SQLite database (the migrations run frozen), and the
   built `desk-admin rules show` reads the shipped rules file.
3. The built `posventa-desk`, offscreen with DESK_SMOKE_TEST=1 (see desk/ui/app.py), shows the sign-in window and
   passes the schema check: it prints "sign-in window ready" and exits 0. The time from launch to that line is
   printed (the first launch, cold, and the best of the next ones).
4. On a database without the schema it exits 2 with the message that tells the administrator what to run.
5. With --postgres URL (an empty database the URL's user may create tables in): the built `desk-admin upgrade`
   creates the schema there through the bundled psycopg, and the desk reaches the sign-in window on it.
Exit status 0 when all passed; 1 with the reason otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
READY = "sign-in window ready"
TIMEOUT_S = 90
EXE = ".exe" if sys.platform == "win32" else ""
WINDOWED = sys.platform == "win32"  # the spec builds the desk without a console there

# Relative to the bundle's _internal/ (sys._MEIPASS); "*" globs.
EXPECTED = [
    "resources/style.qss",
    "resources/rules/after_sales.toml",
    "resources/templates/return_receipt.es.docx",
    "resources/templates/decision_letter.ca.docx",
    "resources/templates/warranty_intake.en.docx",
    "desk/models/migrations/env.py",
    "desk/models/migrations/versions/0001_initial_schema.py",
    "babel/locale-data/root.dat",
    "babel/locale-data/es_ES.dat",
    "babel/locale-data/ca_ES.dat",
    "babel/locale-data/en_IE.dat",
    "docx/templates/default.docx",
    "barcode/fonts/DejaVuSansMono.ttf",
    "tzdata/zoneinfo/Europe/Madrid",
    "PySide6/**/*qoffscreen*",
    "PySide6/QtCharts*",  # the supervisors' dashboard
    "PySide6/**/*qxcb*" if sys.platform.startswith("linux") else "PySide6/**/*qwindows*",
]


class Failed(Exception):
    pass


def check_files(internal: Path) -> None:
    missing = [pattern for pattern in EXPECTED if not any(internal.glob(pattern))]
    if missing:
        raise Failed(f"missing from {internal}: {', '.join(missing)}")
    print(f"ok   the bundle holds the {len(EXPECTED)} kinds of file the desk reads from disk")


def environment(data_dir: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", DESK_DATA_DIR=str(data_dir), DESK_DATABASE_URL=url,
               DESK_SMOKE_TEST="1", DESK_WORKSTATION="smoke-test")  # fmt: skip
    return env


def run_admin(folder: Path, env: dict[str, str], *args: str) -> str:
    done = subprocess.run([str(folder / f"desk-admin{EXE}"), *args], env=env, capture_output=True, text=True,
                          timeout=TIMEOUT_S)  # fmt: skip
    if done.returncode != 0:
        raise Failed(f"desk-admin {' '.join(args)} exited {done.returncode}:\n{done.stdout}{done.stderr[-3000:]}")
    return done.stdout


def launch(folder: Path, env: dict[str, str]) -> tuple[int, float | None, str]:
    """Exit code, seconds from launch to the ready line (None if it never came), and everything printed."""
    started = time.perf_counter()
    proc = subprocess.Popen([str(folder / f"posventa-desk{EXE}")], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    ready_after = None
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.strip() == READY and ready_after is None:
                ready_after = time.perf_counter() - started
        _, err = proc.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise Failed(f"posventa-desk did not end within {TIMEOUT_S} s") from None
    if WINDOWED and proc.returncode == 0 and ready_after is None:
        # A Windows GUI program has no stdout: with DESK_SMOKE_TEST=1 only the ready path exits 0 by itself.
        ready_after = time.perf_counter() - started
    return proc.returncode, ready_after, err


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / "posventa-desk")
    parser.add_argument("--launches", type=int, default=3, help="times to start the desk (the first is cold)")
    parser.add_argument("--postgres", metavar="URL", help="also upgrade this empty PostgreSQL database and start on it")
    args = parser.parse_args(argv)
    folder: Path = args.folder.resolve()
    try:
        if not (folder / f"posventa-desk{EXE}").exists():
            raise Failed(f"no built desk in {folder}: run `make dist` first")
        check_files(folder / "_internal")
        with tempfile.TemporaryDirectory(prefix="desk-smoke-") as tmp:
            data = Path(tmp)
            env = environment(data, f"sqlite:///{data / 'desk.sqlite3'}")
            started = time.perf_counter()
            print("ok   desk-admin upgrade: " + run_admin(folder, env, "upgrade").strip().splitlines()[-1]
                  + f" ({time.perf_counter() - started:.1f} s)")  # fmt: skip
            if "[returns]" not in run_admin(folder, env, "rules", "show"):
                raise Failed("desk-admin rules show printed no [returns] section")
            print("ok   desk-admin rules show reads the shipped rules file")

            times = []
            for n in range(max(args.launches, 1)):
                code, ready_after, err = launch(folder, env)
                if code != 0 or ready_after is None:
                    raise Failed(f"posventa-desk (launch {n + 1}) exited {code} without '{READY}':\n{err[-3000:]}")
                times.append(ready_after)
            later = f"; best of the next {len(times) - 1}: {min(times[1:]):.2f} s" if len(times) > 1 else ""
            print(f"ok   posventa-desk reached the sign-in window: first launch {times[0]:.2f} s{later}")

            empty = environment(data, f"sqlite:///{data / 'empty.sqlite3'}")
            code, ready_after, err = launch(folder, empty)
            said = WINDOWED or "desk-admin upgrade" in err  # no stderr to read from a Windows GUI program
            if code != 2 or not said:
                raise Failed(f"on a database without the schema posventa-desk exited {code}, not 2:\n{err[-3000:]}")
            print("ok   on a database without the schema it stops with exit 2 and says to run desk-admin upgrade")

            if args.postgres:
                pg = environment(data, args.postgres) | {"PSYCOPG_IMPL": "binary"}  # the bundled libpq only
                upgraded = run_admin(folder, pg, "upgrade").strip().splitlines()[-1]
                print(f"ok   PostgreSQL: desk-admin upgrade: {upgraded}")
                code, ready_after, err = launch(folder, pg)
                if code != 0 or ready_after is None:
                    raise Failed(f"posventa-desk on PostgreSQL exited {code} without '{READY}':\n{err[-3000:]}")
                print(f"ok   PostgreSQL: posventa-desk reached the sign-in window in {ready_after:.2f} s")
    except (Failed, subprocess.TimeoutExpired, OSError) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    print(f"smoke test passed: {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
