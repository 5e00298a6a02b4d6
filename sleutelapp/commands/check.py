"""`sleutelapp check`: integrity and cipher checks, said in plain words."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "check the case file (integrity and encryption) and say whether all is well"
)


def add_arguments(parser) -> None:
    pass


def run(args, ctx) -> int:
    with ctx.open_case() as case:
        problems = case.integrity_problems()
        newcomers = case.newcomers.count()
    if problems:
        ctx.error(
            ctx.text.translate(
                "Cli",
                "the case file has %n problem(s); make no changes and restore a backup.",
                None,
                len(problems),
            )
        )
        return 1
    ctx.out(
        ctx.text.translate(
            "Cli",
            "All is well: the case file is intact and encrypted (%n newcomer(s)).",
            None,
            newcomers,
        )
    )
    return 0
