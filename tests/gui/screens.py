"""Every window and dialog of the app, opened the way a user opens it, for the tests that
check all of them (screen fit, tab order, accessible names, screenshots).

`DIALOGS` maps a name to a function (window, case, newcomer_id) -> a shown QDialog;
`WINDOW_STATES` maps a name to a function that puts the main window in one state.
`test_every_dialog_class_is_listed` keeps the list complete: a new QDialog subclass under
sleutelapp/gui/ fails it until it is added here.
"""

from __future__ import annotations

from datetime import date, timedelta

from sleutelapp.domain.model import Consent, Entry, Newcomer
from tests.conftest import PASSPHRASE


def fill(case) -> str:
    """One newcomer with something of every kind and all consents; returns their id."""
    today = date.today()
    n = case.newcomers.add(
        Newcomer(
            name="Özge Aydın",
            known_as="Özge",
            route="z",
            termijn_start=today - timedelta(days=700),
            municipality_ref="INB-2024-0312",
            regisseur="Mw. J. de Vries, j.devries@utrecht.example",
        )
    )
    last_month = today.replace(day=1) - timedelta(days=10)
    for kind, type_, extra in (
        ("contact", "phone", {"text": "Brief van DUO samen gelezen"}),
        ("appointment", "municipality", {"status": "done"}),
        ("appointment", "gp", {"status": "done"}),
        ("activity", "language_cafe", {"hours": 1.5}),
        ("note", None, {"text": "Wil graag fietsen leren", "shareable": True}),
        ("signal", "waiting_list", {"text": "Wachtlijst taalschool", "status": "open"}),
        ("task", None, {"text": "Bellen over stage", "status": "open"}),
    ):
        case.entries.add(Entry(newcomer_id=n.id, kind=kind, type=type_, date=last_month, **extra))
    for purpose in ("regisseur_summary", "health_in_summary", "reporting"):
        case.consents.add(
            Consent(newcomer_id=n.id, purpose=purpose, given_on=today - timedelta(days=60))
        )
    for i, name in enumerate(("Yara Haddad", "Ahmad Karimi", "Tesfay Gebremedhin")):
        other = case.newcomers.add(
            Newcomer(name=name, route="b1", termijn_start=today - timedelta(days=300 + i))
        )
        case.consents.add(
            Consent(newcomer_id=other.id, purpose="reporting", given_on=today - timedelta(days=90))
        )
    return n.id


def _entry(kind):
    return lambda window, case, newcomer_id: window.actions.open_entry_dialog(kind)


def _newcomer_new(window, case, newcomer_id):
    return window.actions.new_newcomer()


def _newcomer_edit(window, case, newcomer_id):
    return window.actions.edit_newcomer()


def _consents(window, case, newcomer_id):
    return window.actions.give_consent()


def _extension(window, case, newcomer_id):
    return window.actions.request_extension()


def _settings(window, case, newcomer_id):
    return window.actions.settings()


def _passphrase(window, case, newcomer_id):
    from sleutelapp.gui.passphrase_dialog import PassphraseDialog

    return _show(PassphraseDialog(window, case))


def _report(window, case, newcomer_id):
    from sleutelapp.gui.report_dialog import ReportDialog

    return _show(ReportDialog(window, case, newcomer_id))


def _due_reports(window, case, newcomer_id):
    from sleutelapp.gui.due_reports_dialog import DueReportsDialog

    return _show(DueReportsDialog(window, case))


def _summary(window, case, newcomer_id):
    from sleutelapp.gui.summary_dialog import SummaryDialog

    return _show(SummaryDialog(window, case))


def _merge(window, case, newcomer_id):
    from sleutelapp.gui.merge_dialog import MergeDialog

    return _show(MergeDialog(window))


def _recovery(window, case, newcomer_id):
    from sleutelapp.gui.recovery_dialogs import RecoveryDialog

    return _show(RecoveryDialog(window, case.paths))


def _recovery_key(window, case, newcomer_id):
    from sleutelapp.gui.recovery_dialogs import RecoveryKeyDialog

    key = "-".join(["ABCD"] * 8)
    return _show(RecoveryKeyDialog(window, key, case.settings.all()))


def _about(window, case, newcomer_id):
    from sleutelapp.gui.about_dialog import AboutDialog

    return _show(AboutDialog(window))


def _crash(window, case, newcomer_id):
    from sleutelapp.gui.crash_dialog import CrashDialog

    return _show(CrashDialog("Traceback (most recent call last):\n  ...\nValueError", window))


def _handover(window, case, newcomer_id):
    from sleutelapp.gui.handover_dialog import HandoverDialog

    return _show(HandoverDialog(window, case, window.operations, [newcomer_id]))


def _transfer_code(window, case, newcomer_id):
    from sleutelapp.exports.handover_file import new_transfer_code
    from sleutelapp.gui import prompts
    from sleutelapp.gui.handover_dialog import SUFFIX, TransferCodeDialog

    path = prompts.documents_folder() / f"overdracht-{date.today().isoformat()}{SUFFIX}"
    return _show(TransferCodeDialog(window, new_transfer_code(), path, 2))


def _receive(window, case, newcomer_id):
    from sleutelapp.gui.receive_dialog import ReceiveDialog

    return _show(ReceiveDialog(window, window.operations))


def _receive_refused(window, case, newcomer_id):
    """After a wrong code: the file and code are filled in and the message is shown."""
    from sleutelapp.exports.handover_file import WrongTransferCode, new_transfer_code
    from sleutelapp.gui import prompts
    from sleutelapp.gui.errors import error_text

    dialog = _receive(window, case, newcomer_id)
    path = prompts.documents_folder() / f"overdracht-{date.today().isoformat()}.sleuteloverdracht"
    dialog.ui.fileEdit.setText(str(path))
    dialog.ui.codeEdit.setText(new_transfer_code())
    wrong = WrongTransferCode(
        "This transfer code does not fit this file. Nothing was changed; check the "
        "code and try again."
    )
    dialog._fail(error_text(wrong), dialog.ui.codeEdit)
    return dialog


def _inzage(window, case, newcomer_id):
    from sleutelapp.gui.inzage_dialog import InzageDialog

    return _show(InzageDialog(window, case, window.operations, newcomer_id))


def _papers(window, case, newcomer_id):
    from sleutelapp.gui.papers_dialog import PapersDialog

    return _show(PapersDialog(window, case, window.operations, newcomer_id))


def _calendar_export(window, case, newcomer_id):
    from sleutelapp.gui.calendar_export_dialog import CalendarExportDialog

    return _show(CalendarExportDialog(window, window.operations))


def _agenda_week(window, case, newcomer_id):
    from sleutelapp.domain.agenda_ranges import week_range
    from sleutelapp.gui.agenda_week_dialog import AgendaWeekDialog

    return _show(AgendaWeekDialog(window, window.operations, week_range(date.today())))


def _show(dialog):
    dialog.setModal(True)
    dialog.show()
    return dialog


DIALOGS = {
    **{
        f"invoer-{kind}": _entry(kind)
        for kind in ("contact", "appointment", "activity", "note", "signal", "task")
    },
    "nieuwkomer-nieuw": _newcomer_new,
    "nieuwkomer-wijzigen": _newcomer_edit,
    "toestemmingen": _consents,
    "verlenging-aanvragen": _extension,
    "instellingen": _settings,
    "wachtzin-wijzigen": _passphrase,
    "rapport-regisseur": _report,
    "rapporten-klaar": _due_reports,
    "samenvatting": _summary,
    "samenvoegen": _merge,
    "wachtzin-vergeten": _recovery,
    "nieuwe-herstelsleutel": _recovery_key,
    "over": _about,
    "foutmelding": _crash,
    "overdragen": _handover,
    "overdrachtscode": _transfer_code,
    "overdracht-ontvangen": _receive,
    "overdracht-ontvangen-fout": _receive_refused,
    "inzage": _inzage,
    "papieren-nieuwkomer": _papers,
    "agenda-exporteren": _calendar_export,
    "agenda-week-pdf": _agenda_week,
}

# QDialog subclasses under sleutelapp/gui and the DIALOGS entry that opens each.
DIALOG_CLASSES = {
    "EntryDialog": "invoer-contact",
    "NewcomerDialog": "nieuwkomer-nieuw",
    "ConsentDialog": "toestemmingen",
    "ExtensionDialog": "verlenging-aanvragen",
    "SettingsDialog": "instellingen",
    "PassphraseDialog": "wachtzin-wijzigen",
    "ReportDialog": "rapport-regisseur",
    "DueReportsDialog": "rapporten-klaar",
    "SummaryDialog": "samenvatting",
    "MergeDialog": "samenvoegen",
    "RecoveryDialog": "wachtzin-vergeten",
    "RecoveryKeyDialog": "nieuwe-herstelsleutel",
    "AboutDialog": "over",
    "CrashDialog": "foutmelding",
    "HandoverDialog": "overdragen",
    "TransferCodeDialog": "overdrachtscode",
    "ReceiveDialog": "overdracht-ontvangen",
    "InzageDialog": "inzage",
    "PapersDialog": "papieren-nieuwkomer",
    "CalendarExportDialog": "agenda-exporteren",
    "AgendaWeekDialog": "agenda-week-pdf",
}


def open_work(window, case, newcomer_id) -> None:
    window.open_case(case)
    window.select_newcomer(newcomer_id)


def _first_start(window, case, newcomer_id):
    window.ui.pages.setCurrentWidget(window.first_start)
    window.first_start.show_passphrase_step()


def _first_start_error(window, case, newcomer_id):
    _first_start(window, case, newcomer_id)
    page = window.first_start
    page.ui.passphraseEdit.setText("vier losse woorden hier")
    page.ui.repeatEdit.setText("iets heel anders")
    page._passphrase_done()  # as a click on Next does: the mismatch is said


def _first_start_profile(window, case, newcomer_id):
    _first_start(window, case, newcomer_id)
    page = window.first_start
    page.ui.passphraseEdit.setText("vier losse woorden hier")
    page.ui.repeatEdit.setText("vier losse woorden hier")
    page._passphrase_done()  # on to who keeps the case file


def _unlock(window, case, newcomer_id):
    window.show_unlock(window.draft_kept_note)  # as after a lock with a draft kept


def _recovery_page(window, case, newcomer_id):
    window.recovery_page.set_key("-".join(["ABCD"] * 8), {})
    window.ui.pages.setCurrentWidget(window.recovery_page)


def _agenda(mode):
    def show(window, case, newcomer_id):
        window.agenda.show()
        window.agenda.view.set_mode(mode)
        # Tab from the agenda list reaches the newcomer list, which opens a newcomer and so
        # hides the agenda mid-walk; start where Vandaag without rows starts: the search.
        window.ui.searchEdit.setFocus()

    return show


def _today(window, case, newcomer_id):
    window.show_today()


def _newcomer_tab(index):
    def show(window, case, newcomer_id):
        window.select_newcomer(newcomer_id)
        window.newcomer_view.ui.tabs.setCurrentIndex(index)

    return show


# Gate pages first (no case open), then the work pages (the case is opened for them).
GATE_STATES = {
    "eerste-start": _first_start,
    "eerste-start-fout": _first_start_error,
    "eerste-start-beheer": _first_start_profile,
    "ontgrendelen": _unlock,
    "herstelsleutel": _recovery_page,
}
WORK_STATES = {
    "vandaag": _today,
    "agenda-week": _agenda("week"),
    "agenda-maand": _agenda("month"),
    "hoofdvenster-tijdlijn": _newcomer_tab(0),
    "hoofdvenster-profiel": _newcomer_tab(1),
    "hoofdvenster-toestemmingen": _newcomer_tab(2),
    "hoofdvenster-verstrekkingen": _newcomer_tab(3),
    "hoofdvenster-verlenging": _newcomer_tab(4),
}

__all__ = ["DIALOGS", "DIALOG_CLASSES", "GATE_STATES", "PASSPHRASE", "WORK_STATES", "fill"]
