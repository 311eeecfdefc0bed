"""The case list at 100,000 rows: filter, sort and paging run in SQL (keyset pages) on the
database worker, and every list the window asks for walks an index in its order, so its first
page reads about a page of rows, not the 100,000 (SQLite's plans on the full profile; the times
are in `bench/storage.py`, which prints them beside a raw sqlite3 baseline)."""

from __future__ import annotations

import copy
import uuid

import keyring
import pytest
from memory_keyring import MemoryKeyring  # tests/support, on the path from tests/conftest.py
from PySide6.QtCore import Qt
from query_plans import plan  # tests/support, on the path from tests/conftest.py

from desktop.config.paths import ProfilePaths
from desktop.config.settings import Settings
from desktop.domain.records import normalise
from desktop.storage.listing import ListQuery, page_statement
from desktop.storage.profile import open_profile
from desktop.storage.records import RecordRepository
from desktop.ui.context import AppContext
from desktop.ui.models.columns import ColumnSets
from desktop.ui.models.record_list import RecordListModel

ROWS = 100_000
SORT_INDEX = {
    "label": "ix_records_kind_label",
    "title": "ix_records_kind_title",
    "event_date": "ix_records_kind_date",
}
STATUSES = ("open", "tracing", "referred", "found_alive", "closed")
ROUTES = ("Central Mediterranean", "Western Mediterranean", "Sahara Desert crossing")


@pytest.fixture(scope="module")
def big_profile(tmp_path_factory):
    """100k cases written once for the module through RecordRepository.save_many."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    paths = ProfilePaths(tmp_path_factory.mktemp("big") / "profile")
    db = open_profile(paths)
    template = normalise(
        "missing_case",
        {
            "reference": "SN-2026-000001",
            "person": {"given_names": "Awa", "family_name": "X", "nationality": "SN", "age": 30},
            "journey": {"route": ROUTES[0]},
        },
    )

    def case(n: int) -> dict:
        data = copy.deepcopy(template)
        data["reference"] = f"SN-2026-{n:06d}"
        data["status"] = STATUSES[n % len(STATUSES)]
        data["person"]["family_name"] = f"Family{n}"
        data["journey"]["route"] = ROUTES[n % len(ROUTES)]
        return data

    repo = RecordRepository(db)
    for start in range(0, ROWS, 20_000):
        items = [(uuid.uuid4(), case(n)) for n in range(start, start + 20_000)]
        repo.save_many("missing_case", items, "SN", validated=True)
    yield paths, db
    db.close()
    keyring.set_keyring(previous)


@pytest.fixture
def big_ctx(qapp, big_profile):
    paths, db = big_profile
    context = AppContext(paths, Settings(), db)
    yield context
    context.tasks.wait_idle(10)
    context.tasks.shutdown()


def first_page_seconds(qtbot, model: RecordListModel, query: ListQuery) -> float:
    """From asking to the first rows in the model; then waits for the total (which follows
    the first page on the same worker) so each measurement starts from an idle worker."""
    seen: list[float] = []
    model.first_page_loaded.connect(seen.append)
    with qtbot.waitSignal(model.total_changed, timeout=10_000):
        model.set_query(query)
    model.first_page_loaded.disconnect(seen.append)
    assert len(seen) == 1
    return seen[0]


QUERIES = {
    "by reference": ListQuery(kind="missing_case"),
    "by name, descending": ListQuery(kind="missing_case", sort="title", descending=True),
    "status filter": ListQuery(kind="missing_case", status="tracing"),
    "by last contact": ListQuery(kind="missing_case", sort="event_date"),
    "route filter": ListQuery(kind="missing_case", route=ROUTES[2]),
    "name search": ListQuery(kind="missing_case", search="family4242"),
}


def test_every_first_page_of_100k_cases_walks_the_index_of_its_order(big_profile):
    """No list sorts the 100,000 rows in a temporary B-tree; each walks its order's index (a
    filter skips the other rows as it goes), for the first page and the pages after it."""
    _paths, db = big_profile
    for name, query in QUERIES.items():
        for after in (None, ("SN-2026-050000", str(uuid.uuid4()))):
            steps = plan(db, page_statement(query, after, 100))
            index = SORT_INDEX[query.sort]
            assert steps[0].startswith(f"SEARCH records USING INDEX {index} (kind=?"), (name, steps)
            assert not any("TEMP B-TREE" in step for step in steps), (name, steps)


def test_the_first_page_of_each_list_reaches_the_model(qtbot, big_ctx):
    model = RecordListModel(
        big_ctx, ColumnSets().for_kind("missing_case"), ListQuery(kind="missing_case")
    )
    for query in QUERIES.values():
        first_page_seconds(qtbot, model, query)
        assert model.rowCount() >= 1
    assert model.data(model.index(0, 0)) == "SN-2026-004242"  # the name search's one case


def test_a_newer_query_skips_the_stale_ones_queued_before_it(qtbot, big_ctx):
    model = RecordListModel(
        big_ctx, ColumnSets().for_kind("missing_case"), ListQuery(kind="missing_case")
    )
    for n in range(10):  # typing fast: ten queries in a row, only the last one matters
        model.set_query(ListQuery(kind="missing_case", search=f"family{n}"))
    with qtbot.waitSignal(model.total_changed, timeout=10_000) as total:
        model.set_query(ListQuery(kind="missing_case", search="family99999"))
    assert total.args[0] == 1 and model.rowCount() == 1


def test_scrolling_fetches_the_next_keyset_page(qtbot, big_ctx):
    model = RecordListModel(
        big_ctx,
        ColumnSets().for_kind("missing_case"),
        ListQuery(kind="missing_case"),
        page_size=200,
    )
    first_page_seconds(qtbot, model, ListQuery(kind="missing_case", status="open"))
    assert model.rowCount() == 200 and model.canFetchMore()
    last = model.data(model.index(199, 0))
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5000)
    assert model.data(model.index(200, 0)) > last  # continues after the last row, in order
    with qtbot.waitSignal(model.total_changed, timeout=5000) as total:
        model.reload()
    assert total.args[0] == ROWS // len(STATUSES)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "title" and model.query.descending
