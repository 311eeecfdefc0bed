"""A country report rendered from its campaign's form definition: a tab per section (one per
JVAP domain), the initiatives as an editable table, Submit gated by validation, read-only once
submitted, the secretariat's comments shown (and the report open again) when returned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.country_report import EDITABLE_STATES, ReportState
from desktop.domain.errors import RecordInvalid
from desktop.domain.forms import validate_answers
from desktop.domain.records import check
from desktop.domain.reference.countries import country_name

from .. import i18n
from ..bidi import ltr
from ..editors.base import RecordEditor
from ..forms.binder import ErrorLabel
from ..forms.section import FormSection
from ..labels import STATE_COLOURS, Labels, label
from ..operations.reports import CampaignInfo, submission_errors, submit_report
from .comments import CommentsPanel
from .initiatives import InitiativesTable
from .questions import question_widget


class ReportEditor(RecordEditor):
    kind = "country_report"
    scrolling = False
    submitted = Signal(object)

    def __init__(
        self,
        ctx,
        campaign: CampaignInfo,
        record_id: str,
        *,
        review: bool = False,
        parent: QWidget | None = None,
    ):
        self.campaign = campaign
        self.review = review
        self._tab_of: dict[str, int] = {}
        self._problems_shown = False  # once asked, live messages include what blocks Submit
        super().__init__(ctx, record_id, parent=parent)
        self._gate = QTimer(self, singleShot=True, interval=250)
        self._gate.timeout.connect(self.update_gate)

    def title(self) -> str:
        country = self.base_data.get("country")
        language = i18n.current_language()
        title = self.campaign.campaign.title_in(language)
        if not country:
            return title
        return f"{country_name(country, language)} — {title}"

    # Form -----------------------------------------------------------------------------------

    def build_form(self, body: QWidget) -> None:
        c = self.campaign.campaign
        language = i18n.current_language()  # the campaign's own text in it, else in English
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        info = QHBoxLayout()
        dialogue = label(Labels().dialogue(), c.dialogue)
        facts = self.tr("{dialogue} · period {period} · open {opens} to {closes}").format(
            dialogue=dialogue, period=ltr(c.period), opens=ltr(c.opens), closes=ltr(c.closes)
        )
        facts_label = QLabel(facts, body)
        facts_label.setWordWrap(True)
        info.addWidget(facts_label, 1)
        self.state_label = QLabel(body)
        self.state_label.setObjectName("reportState")
        info.addWidget(self.state_label)
        layout.addLayout(info)
        self.comments = CommentsPanel(body)
        layout.addWidget(self.comments)
        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        for section in c.form.sections:
            page = QScrollArea()
            page.setWidgetResizable(True)
            page.setFrameShape(QFrame.Shape.NoFrame)
            section_title = section.title_in(language)
            box = FormSection(section_title, self.binder)
            box.setFlat(True)
            for question in section.questions:
                text = question.label_in(language) + (" *" if question.required else "")
                box.add(
                    f"answers.{question.id}",
                    text,
                    question_widget(question, language),
                    help_text=question.help_in(language) or None,
                    key=("answers", question.id),
                )
                self._tab_of[f"answers.{question.id}"] = self.tabs.count()
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.addWidget(box)
            column.addStretch(1)
            page.setWidget(holder)
            short = (
                self.tr("Domain {n}").format(n=section.domain) if section.domain else section_title
            )
            index = self.tabs.addTab(page, short)
            self.tabs.setTabToolTip(index, section_title)
        if c.form.initiatives:
            page = QWidget()
            column = QVBoxLayout(page)
            hint = self.tr(
                "Projects and policies implementing the JVAP; double-click to see "
                "every field. At least {n} to submit."
            ).format(n=c.form.min_initiatives)
            hint_label = QLabel(hint, page)
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
            error = ErrorLabel(page)
            self.initiatives = InitiativesTable(page)
            column.addWidget(self.initiatives, 1)
            column.addWidget(error)
            self.binder.bind("initiatives", self.initiatives, error)
            self._tab_of["initiatives"] = self.tabs.addTab(page, self.tr("Initiatives"))
        layout.addWidget(self.tabs, 1)
        footer = QHBoxLayout()
        self.problems = QLabel(body)
        self.problems.setWordWrap(True)
        self.problems.linkActivated.connect(lambda _link: self.show_problems())
        self.save_button = QPushButton(self.tr("Save draft"), body)
        self.submit_button = QPushButton(self.tr("Submit to the secretariat"), body)
        self.submit_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.submit_button.clicked.connect(self.submit)
        footer.addWidget(self.problems, 1)
        footer.addWidget(self.save_button)
        footer.addWidget(self.submit_button)
        if self.review:
            self.save_button.hide()
            self.submit_button.hide()
        layout.addLayout(footer)

    # State ----------------------------------------------------------------------------------

    @property
    def state(self) -> ReportState:
        return ReportState(self.base_data.get("state") or "draft")

    def after_load(self) -> None:
        state = self.state
        self.read_only = self.review or state not in EDITABLE_STATES
        self.binder.set_read_only(self.read_only)
        colour = STATE_COLOURS.get(state.value)
        self.state_label.setText(label(Labels().report_state(), state.value))
        self.state_label.setStyleSheet(
            f"background: {colour.name()}; color: #212121; border-radius: 9px; padding: 2px 10px;"
        )
        self.comments.show_comments(
            self.base_data.get("comments") or [], returned=state == ReportState.RETURNED
        )
        self.save_button.setVisible(not self.read_only)
        self.submit_button.setVisible(not self.read_only)
        self.update_gate()

    def validation_errors(self, data: dict[str, Any]) -> list:
        answers = data.get("answers") or {}
        return validate_answers(self.campaign.campaign.form, answers, complete=False) + check(
            self.kind, data
        )

    def live_errors(self, data: dict[str, Any]) -> list:
        if self._problems_shown:
            return submission_errors(self.campaign.campaign, data)
        return self.validation_errors(data)

    def _on_changed(self, path: str) -> None:
        super()._on_changed(path)
        self._gate.start()

    def submission_problems(self) -> list:
        return submission_errors(self.campaign.campaign, self.current_data())

    def update_gate(self) -> None:
        """Submit is enabled only when the report passes every submission rule."""
        if self.read_only:
            self.problems.setText(self._read_only_reason())
            return
        problems = self.submission_problems()
        self.submit_button.setEnabled(not problems)
        if problems:
            text = self.tr("%n thing(s) to complete before submitting.", "", len(problems))
            show = self.tr("Show")
            self.problems.setText(f'{text} <a href="#show">{show}</a>')
        else:
            self.problems.setText(self.tr("Ready to submit."))

    def _read_only_reason(self) -> str:
        if self.review:
            return ""
        if self.state == ReportState.ACCEPTED:
            return self.tr("Accepted by the secretariat.")
        return self.tr("Submitted: read-only until the secretariat accepts or returns it.")

    def show_problems(self) -> list:
        problems = self.submission_problems()
        self._problems_shown = True
        self.binder.show_errors(problems)
        for problem in problems:
            for path, tab in self._tab_of.items():
                if problem.field == path or problem.field.startswith(path + "."):
                    self.tabs.setCurrentIndex(tab)
                    return problems
        return problems

    # Submitting -----------------------------------------------------------------------------

    def submit(self) -> bool:
        if self.read_only or self.show_problems():
            return False
        self._autosave.stop()
        submit_report(
            self.ctx,
            self.campaign.campaign,
            self.record_id,
            self.current_data(),
            draft_key=self.draft_key,
            on_done=self._submitted,
            on_error=self._submit_failed,
            owner=self,
        )
        return True

    def _submitted(self, record) -> None:
        self._saved(record)
        self.submitted.emit(record)

    def _submit_failed(self, exc: BaseException) -> None:
        if isinstance(exc, RecordInvalid):
            self.binder.show_errors(exc.errors)
        else:
            self._save_failed(exc)
