"""`sleutelapp check`: integrity and cipher checks, said in plain words."""

from __future__ import annotations

from sleutelapp.domain.wording import count_of

HELP = "check the case file (integrity and encryption) and say whether all is well"


def add_arguments(parser) -> None:
    pass


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        problems = case.integrity_problems()
        newcomers = case.newcomers.count()
    if problems:
        ctx.error(
            ctx.say(
                f"het dossierbestand heeft {count_of(len(problems), 'problem', 'nl')}; "
                "maak geen wijzigingen en zet een backup terug.",
                f"the case file has {count_of(len(problems), 'problem', 'en')}; make no "
                "changes and restore a backup.",
            )
        )
        return 1
    ctx.out(
        ctx.say(
            f"Alles in orde: het dossierbestand is heel en versleuteld ({newcomers} nieuwkomers).",
            f"All is well: the case file is intact and encrypted ({newcomers} newcomers).",
        )
    )
    return 0
