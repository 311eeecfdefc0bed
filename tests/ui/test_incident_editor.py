"""The incident editor: IOM fields, inline validation, save."""

from __future__ import annotations

from desktop.ui.editors.incident_editor import IncidentEditor

from .conftest import wait_idle


def test_an_incident_is_validated_and_saved(qtbot, ctx):
    editor = IncidentEditor(ctx)
    qtbot.addWidget(editor)
    wait_idle(ctx)
    b = editor.binder
    b.widget("incident_id").setText("SN-20260312-1")
    b.widget("incident_date").setText("12/03/2026")
    b.widget("number_dead").setText("-2")
    b.widget("latitude").setText("14.7")
    assert editor.save() is False
    messages = {path: b._fields[path][1].text() for path in b.paths() if b._fields[path][1].text()}
    assert "YYYY-MM-DD" in messages["incident_date"]
    assert messages["number_dead"] == "Number dead must be a whole number, 0 or more"
    b.widget("incident_date").setText("2026-03-12")
    b.widget("number_dead").setText("2")
    b.widget("number_missing").setText("31")
    b.widget("longitude").setText("-17.4")
    b.widget("route").set_value("Western Africa / Atlantic route to the Canary Islands")
    b.widget("cause_of_death").set_value(["Drowning"])
    b.widget("source_quality").set_value(3)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        assert editor.save()
    data = saved.args[0].data
    assert (data["number_dead"], data["number_missing"], data["source_quality"]) == (2, 31, 3)
    assert data["cause_of_death"] == ["Drowning"] and data["latitude"] == 14.7
    assert editor.badge.state == "pending"


def test_an_older_iom_incident_shows_its_reported_cause_and_date_precision(qtbot, ctx):
    saved = ctx.repo.save(
        "incident",
        {
            "incident_id": "2019.MMP01859-1a2b3c4d",
            "main_id": "2019.MMP01859",
            "incident_date": "2019-01-01",
            "incident_date_precision": "year",
            "cause_of_death": [
                "Harsh environmental conditions / lack of adequate shelter, food, water"
            ],
            "cause_of_death_reported": "Hypothermia",
        },
        owner_country="SN",
    )
    editor = IncidentEditor(ctx, str(saved.id))
    qtbot.addWidget(editor)
    wait_idle(ctx)
    b = editor.binder
    assert b.widget("cause_of_death_reported").text() == "Hypothermia"
    assert b.widget("incident_date_precision").currentText() == "Year only"
    b.widget("incident_date").setText("2019-03-04")  # not 1 January: said next to the field
    b.widget("incident_date_precision").set_value("month")
    assert editor.save() is False
    assert b._fields["incident_date_precision"][1].text() == (
        "With only the month known, write the date as the 1st of that month"
    )
    b.widget("incident_date").setText("2019-03-01")
    with qtbot.waitSignal(editor.saved, timeout=5000) as done:
        assert editor.save()
    data = done.args[0].data
    assert (data["incident_date"], data["incident_date_precision"]) == ("2019-03-01", "month")
    assert data["cause_of_death_reported"] == "Hypothermia"
