"""All due regisseur reports of a period at once, into one folder (issue: periodic reports).

The reports themselves come from exports/regisseur_report.py (plan, render, export): this
module only chooses the file name per newcomer, checks the folder before any work, and
reports progress. Each report is one file and one disclosure row; when something fails
halfway, the reports made so far are registered and the rest stay due.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sleutelapp.domain.model import Disclosure
from sleutelapp.domain.report_schedule import DueReport
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors

Progress = Callable[[int, int], None]  # (reports done, reports in all)


class FolderProblem(errors.CaseError):
    """The chosen folder cannot take the reports; nothing was written."""

    code = "folder_problem"


@dataclass(frozen=True)
class MadeReport:
    due: DueReport
    path: Path
    disclosure: Disclosure


def file_names(case, due: Iterable[DueReport]) -> dict[str, str]:
    """The file name per newcomer id, never one name for two newcomers: where two names are
    equal (ignoring case; two references that fold alike, a household reference two family
    members share), each of them gets the piece of its newcomer's id as well."""
    from sleutelapp.exports.file_names import regisseur_report_name

    items = [(d, case.newcomers.get(d.newcomer_id)) for d in due]
    names = {
        d.newcomer_id: regisseur_report_name(n, d.period.start, d.period.end) for d, n in items
    }
    counts = Counter(name.casefold() for name in names.values())
    for d, n in items:
        if counts[names[d.newcomer_id].casefold()] > 1:
            names[d.newcomer_id] = regisseur_report_name(
                n, d.period.start, d.period.end, with_id=True
            )
    return names


def check_folder(case, folder: Path, due: Iterable[DueReport]) -> dict[str, Path]:
    """The file per newcomer id; refuses a missing or protected folder and existing files."""
    from sleutelapp.store.export_target import refuse_protected_target

    refuse_protected_target(folder, getattr(case, "paths", None))
    if not folder.is_dir():
        raise FolderProblem(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The folder {folder} does not exist. Choose an existing folder; nothing "
                "was written.",
            ),
            folder=folder,
        )
    targets = {i: folder / name for i, name in file_names(case, due).items()}
    taken = sorted(p.name for p in targets.values() if p.exists())
    if taken:
        raise FolderProblem(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "{folder} already holds a file of the same name ({files}). Choose "
                "another folder or move that file; nothing was written.",
            ),
            folder=folder,
            files=", ".join(taken),
        )
    return targets


def make_all(
    case,
    due: list[DueReport],
    folder: str | Path,
    *,
    recipient: str = "",
    password: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> list[MadeReport]:
    """Write one report per due newcomer into `folder`, each registered.

    An empty `recipient` means each newcomer's own regisseur (from the profile).
    """
    from sleutelapp.exports import regisseur_report as rr

    today = today or date.today()
    targets = check_folder(case, Path(folder), due)
    if due and not case.make_room_for_register():  # a full disk: the register needs writes
        from sleutelapp.store.space_reserve import no_room_to_register

        raise no_room_to_register()
    made: list[MadeReport] = []
    if progress:
        progress(0, len(due))
    for done, item in enumerate(due, start=1):
        plan = rr.plan_report(
            case, item.newcomer_id, item.period.start, item.period.end, today=today
        )
        to = recipient.strip() or plan.newcomer.regisseur
        disclosure = rr.export_report(
            case,
            plan,
            targets[item.newcomer_id],
            recipient=to,
            password=password or None,
            made_at=datetime.now(),
        )
        made.append(MadeReport(item, targets[item.newcomer_id], disclosure))
        if progress:
            progress(done, len(due))
    return made
