"""`sleutelapp check`: integrity and cipher checks, said in plain words."""

from __future__ import annotations

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
                f"het dossierbestand heeft {len(problems)} probleem/problemen; maak geen "
                "wijzigingen en herstel een backup.",
                f"the case file has {len(problems)} problem(s); make no changes and restore a "
                "backup.",
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
