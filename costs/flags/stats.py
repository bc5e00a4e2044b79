"""Percentiles the way PostgreSQL's percentile_cont computes them, for the few
places that work on Python lists (small groups, the embedded SQLite mode)."""

from decimal import Decimal


def percentile_cont(values, fraction: float) -> Decimal | None:
    """Linear interpolation between the closest ranks; None for no values."""
    ordered = sorted(Decimal(v) for v in values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * Decimal(str(fraction))
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)
