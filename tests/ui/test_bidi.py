"""In Arabic (right to left) identifiers still read left to right: "2026.MMP0001" is not shown
as "MMP0001.2026" in the incidents list, nor a reference or an e-mail reordered."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption

from desktop.ui import i18n
from desktop.ui.bidi import LRI, PDI, ltr, plain
from desktop.ui.pages.cases import CasesPage
from desktop.ui.pages.incidents import IncidentsPage

from .conftest import valid_case, wait_idle

IOM_ID = "2026.MMP0001"


def reads_left_to_right(text: str) -> bool:
    """Whether `text` shows its characters left to right inside a right-to-left paragraph."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    first = 1 if text.startswith(LRI) else 0
    inside = range(first + 1, first + len(plain(text)))  # the cursor positions between chars
    xs = [line.cursorToX(i)[0] for i in inside]
    return xs == sorted(xs) and len(set(xs)) == len(xs)  # each one further right


def test_an_iom_id_is_reordered_in_rtl_without_the_isolates():
    assert not reads_left_to_right(IOM_ID)  # the defect: it renders as MMP0001.2026


def test_the_incidents_list_shows_iom_ids_left_to_right_in_arabic(qtbot, ctx, qapp):
    ctx.repo.save_many(
        "incident",
        [(uuid.uuid4(), {"incident_id": IOM_ID, "incident_date": "2026-01-03", "location": "X"})],
        "SN",
    )
    i18n.apply_language("ar", qapp)
    page = IncidentsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    shown = page.model.data(page.model.index(0, 0))
    assert shown == f"{LRI}{IOM_ID}{PDI}"
    assert reads_left_to_right(shown)
    date = page.model.data(page.model.index(0, 1))
    assert date == f"{LRI}2026-01-03{PDI}"


def test_case_references_are_isolated_in_arabic_only(qtbot, ctx, qapp):
    ctx.repo.save_many("missing_case", [(uuid.uuid4(), valid_case(42))], "SN")
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.data(page.model.index(0, 0)) == "SN-2026-0042"  # English: unchanged
    i18n.apply_language("ar", qapp)
    page = CasesPage(ctx)
    qtbot.addWidget(page)
    wait_idle(ctx)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.data(page.model.index(0, 0)) == f"{LRI}SN-2026-0042{PDI}"


def test_ltr_leaves_empty_and_wrapped_text_alone(qapp):
    i18n.apply_language("ar", qapp)
    assert ltr(None) == "" and ltr("") == ""
    once = ltr("focal.sn@example.org")
    assert ltr(once) == once and plain(once) == "focal.sn@example.org"


def test_a_comment_typed_in_english_keeps_its_own_direction_in_arabic(qtbot, qapp):
    from desktop.ui.bidi import FSI
    from desktop.ui.reports.comments import CommentsPanel

    i18n.apply_language("ar", qapp)
    comment = "Please add the figures for domain 4."
    assert not reads_left_to_right(comment)  # the defect: the full stop shows at the start
    panel = CommentsPanel()
    qtbot.addWidget(panel)
    said = {"role": "secretariat", "author": "review@icmpd.org", "at": "2026-04-20T10:12"}
    panel.show_comments([{**said, "text": comment}], returned=True)
    shown = panel.text.text()
    assert f"{FSI}{comment}{PDI}" in shown and f"{LRI}review@icmpd.org{PDI}" in shown
    i18n.apply_language("en", qapp)
