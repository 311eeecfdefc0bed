"""Signing in with an account of another scope (country or role) than the data this profile
holds: say what would be removed, and let the user choose — or, with changes not sent yet,
say why it cannot be done now."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.reference.countries import country_name

from .. import i18n
from ..labels import Labels, label


def describe_scope(scope: tuple[str, str | None]) -> str:
    """ "Focal point, Senegal" / "Secretariat", in the interface language."""
    role, country = scope
    text = label(Labels().role(), role) if role else ""
    if country:
        name = country_name(country, i18n.current_language())
        text = f"{text}, {name}" if text else name
    return text


class AccountSwitchBox(QMessageBox):
    """The choice: remove this profile's data and sign in, or cancel. `remove_button` says
    the first."""

    def __init__(self, exc, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Another account"))
        held, wanted = describe_scope(exc.held), describe_scope(exc.wanted)
        self.setText(
            self.tr("This profile holds the data of another account ({held}).").format(held=held)
        )
        self.setInformativeText(
            self.tr(
                "Signing in with this account ({wanted}) removes that data from this computer: "
                "its cases, incidents, reports, unsaved drafts and conflicts. What this account "
                "may see is then downloaded from the server. To keep both, use another profile "
                "for this account."
            ).format(wanted=wanted)
        )
        self.remove_button = self.addButton(
            self.tr("Remove the data and sign in"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def chose_remove(self) -> bool:
        return self.clickedButton() is self.remove_button


class AccountSwitchTexts(QObject):
    """Sentences about a switch that cannot be made now (a class, so plural forms extract)."""

    def unsent_changes(self, exc) -> str:
        return self.tr(
            "This profile holds the data of another account ({held}) with %n change(s) not "
            "sent yet, which signing in with this account ({wanted}) would lose. Sign in as "
            "that account and sync first, or use another profile for this account.",
            "",
            exc.pending,
        ).format(held=describe_scope(exc.held), wanted=describe_scope(exc.wanted))


def unsent_changes_text(exc) -> str:
    """Why the switch is refused: changes of the previous account are not sent yet."""
    return AccountSwitchTexts().unsent_changes(exc)
