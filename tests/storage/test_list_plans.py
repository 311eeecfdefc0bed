"""Every list query walks an index in its order: none sorts rows in a temporary B-tree.

Lists filter and sort in SQL with keyset pages; at 100,000 records a sort in a temporary
B-tree reads every row of the kind before the first one is shown. Status and route filters
have no index of their own (migration 0005): they walk the sort order's index and skip the
other rows. The plans are SQLite's own (`EXPLAIN QUERY PLAN`) for the statements the listing
runs, with every combination of sort, direction, filter, search and page.
"""

from __future__ import annotations

import itertools
import uuid

import pytest
from query_plans import plan  # tests/support, on the path from tests/conftest.py
from sqlalchemy import func, select

from desktop.storage.listing import (
    ListQuery,
    RecordListing,
    count_statement,
    distinct_statement,
    page_statement,
)
from desktop.storage.models import RecordRow, SyncState

from .conftest import case

SORT_INDEX = {
    "label": "ix_records_kind_label",
    "title": "ix_records_kind_title",
    "event_date": "ix_records_kind_date",
}
KINDS = ("missing_case", "incident")


@pytest.fixture
def listed(repo, db):
    repo.save_many("missing_case", [(uuid.uuid4(), case(n)) for n in range(300)], "SN")
    return db


def every_query(kind: str):
    for sort, descending, status, route, sync_state, search, after in itertools.product(
        SORT_INDEX,
        (False, True),
        (None, "tracing"),
        (None, "Central Mediterranean"),
        (None, SyncState.PENDING),
        (None, "family1"),
        (None, ("SN-2026-00100", str(uuid.uuid4()))),
    ):
        query = ListQuery(kind, search, status, route, sync_state, sort, descending)  # type: ignore[arg-type]
        yield query, after


@pytest.mark.parametrize("kind", KINDS)
def test_every_page_walks_the_index_of_its_sort_order(listed, kind):
    for query, after in every_query(kind):
        steps = plan(listed, page_statement(query, after, 100))
        assert steps[0].startswith(f"SEARCH records USING INDEX {SORT_INDEX[query.sort]} ("), (
            query,
            after,
            steps,
        )
        assert not any("TEMP B-TREE" in step for step in steps), (query, after, steps)


GROUPS = "SEARCH records USING COVERING INDEX ix_records_kind_groups (kind=?"


def test_counts_groupings_and_filter_choices_read_the_groups_index_alone(listed):
    """They read no record's row: every column they need is in `ix_records_kind_groups`
    (a count filtered by sync state reads the rows for it, through that index too)."""
    for query, _ in every_query("missing_case"):
        steps = plan(listed, count_statement(query))
        if query.sync_state:
            assert steps[0].startswith("SEARCH records USING INDEX ix_records_kind_groups"), steps
        else:
            assert steps[0].startswith(GROUPS), (query, steps)
    for column in ("status", "route"):
        assert plan(listed, distinct_statement("missing_case", column))[0].startswith(GROUPS)
    by = select(RecordRow.route, func.count()).where(
        RecordRow.kind == "missing_case", RecordRow.deleted.is_(False)
    )
    assert plan(listed, by.group_by(RecordRow.route))[0].startswith(GROUPS)


def test_a_filtered_list_sorted_by_reference_pages_in_order_without_its_own_index(listed):
    listing = RecordListing(listed)
    query = ListQuery("missing_case", status="tracing", route="Central Mediterranean")
    seen, after = [], None
    while True:
        page = listing.page(query, after=after, limit=7)
        seen += [(row.label, row.status, row.route) for row in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    expected = sorted(
        (f"SN-2026-{n:05d}", "tracing", "Central Mediterranean")
        for n in range(300)
        if n % 3 == 1 and n % 2 == 0
    )
    assert seen == expected and listing.count(query) == len(expected)
    assert listing.distinct_values("missing_case", "status") == ["closed", "open", "tracing"]
