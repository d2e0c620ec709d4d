"""The tests' throwaway PostgreSQL lives in desk.throwaway_pg (make bench starts one too)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desk.throwaway_pg import ThrowawayPostgres, find_bin_dir, free_loopback_port

__all__ = ["ThrowawayPostgres", "find_bin_dir", "free_loopback_port", "required_bin_dir"]


def required_bin_dir() -> Path:
    """The PostgreSQL binaries, or a skip on a developer machine without them (a failure in CI: they must run)."""
    bin_dir = find_bin_dir()
    if bin_dir is None or not (bin_dir / "initdb").exists():
        message = "PostgreSQL binaries (initdb, pg_ctl) not found; install postgresql or set DESK_PG_BIN"
        if os.environ.get("CI"):
            pytest.fail(message + " (CI is set: PostgreSQL tests must run)")
        pytest.skip(message)
    return bin_dir
