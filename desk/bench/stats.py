"""Timings and percentiles (nearest rank: p99 of 200 runs is the second slowest, not an interpolation)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Timing:
    runs: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(sorted_values: Sequence[float], share: float) -> float:
    if not sorted_values:
        raise ValueError("no values")
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


def summarise(durations_s: Sequence[float]) -> Timing:
    values = sorted(d * 1000.0 for d in durations_s)
    return Timing(len(values), percentile(values, 0.50), percentile(values, 0.95), percentile(values, 0.99),
                  values[-1])  # fmt: skip


def measure(action: Callable[[int], object], runs: int, warmup: int = 3) -> Timing:
    """Time `runs` calls after `warmup` untimed ones (caches and plans warm, as in use); every call gets its own
    index, 0 to warmup + runs - 1, so an action that uses something up takes a fresh one each time."""
    for i in range(warmup):
        action(i)
    durations = []
    for i in range(warmup, warmup + runs):
        start = time.perf_counter()
        action(i)
        durations.append(time.perf_counter() - start)
    return summarise(durations)
