"""The case editor proposes the next free reference and checks a reference before saving:
its prefix must be the owner's country and no other local case may hold it. On a real
encrypted profile."""

from __future__ import annotations

from datetime import date

from desktop.domain.missing_case import display_name
from desktop.ui.editors.case_editor import CaseEditor

from .conftest import User, valid_case, wait_idle
from .test_case_editor import visible_errors

YEAR = date.today().year


def open_new(qtbot, ctx) -> CaseEditor:
    editor = CaseEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    wait_idle(ctx)
    return editor


def fill_person(editor) -> None:
    editor.binder.widget("person.family_name").set_value("Ndiaye")
    editor.binder.widget("person.given_names").set_value("Fatou")


def test_a_new_case_gets_the_next_free_reference_of_its_country_and_year(qtbot, ctx):
    ctx.set_user(User())  # Senegal
    for n in (1, 7, 12):
        ctx.repo.save("missing_case", valid_case(1, reference=f"SN-{YEAR}-{n:04d}"))
    ctx.repo.save("missing_case", valid_case(2, reference=f"SN-{YEAR - 1}-0500"))
    ctx.repo.save("missing_case", valid_case(3, reference=f"GM-{YEAR}-0900"), owner_country="GM")
    editor = open_new(qtbot, ctx)
    assert editor.binder.widget("reference").value() == f"SN-{YEAR}-0013"
    assert not editor.dirty  # a proposal is not an edit: closing asks nothing


def test_the_first_case_of_a_year_is_number_one(qtbot, ctx):
    ctx.set_user(User())
    editor = open_new(qtbot, ctx)
    assert editor.binder.widget("reference").value() == f"SN-{YEAR}-0001"


def test_a_reference_held_by_another_case_is_refused_next_to_the_field(qtbot, ctx):
    ctx.set_user(User())
    held = ctx.repo.save("missing_case", valid_case(1, reference=f"SN-{YEAR}-0042"))
    editor = open_new(qtbot, ctx)
    fill_person(editor)
    editor.binder.widget("reference").set_value(f"sn-{YEAR}-0042")
    assert editor.save() is True  # the check runs in the background
    wait_idle(ctx)
    qtbot.waitUntil(lambda: bool(visible_errors(editor)), timeout=5000)
    reference_error = editor.binder._fields["reference"][1]
    assert reference_error.isVisibleTo(editor)
    assert visible_errors(editor) == [
        f"“SN-{YEAR}-0042” is already used by another case ({display_name(held.data)}); "
        "choose another."
    ]
    assert ctx.repo.get(editor.record_id) is None  # nothing saved
    # The message stays while the reference is unchanged, and goes once it is fixed.
    editor.binder.widget("person.family_name").set_value("Ndiaye Sow")
    editor._validate_touched()
    assert len(visible_errors(editor)) == 1
    editor.binder.widget("reference").set_value(f"SN-{YEAR}-0043")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        assert editor.save() is True
        wait_idle(ctx)
    assert visible_errors(editor) == []
    assert ctx.repo.get(editor.record_id).data["reference"] == f"SN-{YEAR}-0043"


def test_an_existing_case_keeps_its_own_reference(qtbot, ctx):
    ctx.set_user(User())
    record = ctx.repo.save("missing_case", valid_case(5), owner_country="SN")
    editor = CaseEditor(ctx, str(record.id))
    qtbot.addWidget(editor)
    wait_idle(ctx)
    editor.binder.widget("status").set_value("tracing")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        assert editor.save() is True
        wait_idle(ctx)
    assert ctx.repo.get(record.id).data["status"] == "tracing"


def test_another_countrys_prefix_is_refused(qtbot, ctx):
    ctx.set_user(User())
    editor = open_new(qtbot, ctx)
    fill_person(editor)
    editor.binder.widget("reference").set_value(f"GM-{YEAR}-0001")
    assert editor.save() is False
    assert visible_errors(editor) == [
        f"“GM-{YEAR}-0001” must start with SN-, the country of the case."
    ]
    assert ctx.repo.get(editor.record_id) is None
