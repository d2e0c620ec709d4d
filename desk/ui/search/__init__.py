"""Customer search: the panel on the left of the main window."""

from __future__ import annotations

from collections.abc import Sequence

from desk.ui.context import DeskContext
from desk.ui.search.panel import SearchFn, SearchPanel
from desk.ui.search.results import Hit

LIMIT = 50

__all__ = ["SearchPanel", "customer_search"]


def customer_search(ctx: DeskContext) -> SearchFn:
    """The service call the panel runs on the worker, bound to this window's database and phone region."""

    def run(query: str) -> Sequence[Hit]:
        from desk import search  # looked up at call time, so tests can stand in for the service

        return search.search_customers(ctx.db, query, phone_region=ctx.config.phone_region, limit=LIMIT)

    return run
