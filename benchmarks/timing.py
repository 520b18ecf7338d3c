"""Time a callable many times and print the figures (``make bench`` shows them)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def measure(
    label: str, action: Callable[[int], Any], *, runs: int = 200, warmup: int = 10
) -> dict[str, float]:
    """Run ``action(i)`` ``warmup`` then ``runs`` times; print and return milliseconds."""
    for index in range(warmup):
        action(index)
    samples = []
    for index in range(runs):
        started = time.perf_counter()
        action(warmup + index)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    figures = {
        "p50": statistics.median(samples),
        "p95": samples[int(len(samples) * 0.95) - 1],
        "max": samples[-1],
        "mean": statistics.fmean(samples),
    }
    print(
        f"\n{label:<60} runs={runs:<4} "
        + "  ".join(f"{name}={value:7.2f} ms" for name, value in figures.items())
    )
    return figures
