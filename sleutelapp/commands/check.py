"""`sleutelapp check`: integrity and cipher checks, said in plain words."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "check the case file (integrity and encryption) and say whether all is well"
)


def add_arguments(parser) -> None:
    pass


def run(args, ctx) -> int:
    from sleutelapp.store import reports_due_counts, summary_counts

    with ctx.open_case() as case:
        problems = case.integrity_problems()
        newcomers = case.newcomers.count()
        # The counts kept for summaries and reports due, recounted (only on a sound file).
        recounted = not problems and any(
            [summary_counts.recount(case), reports_due_counts.recount(case)]  # both, always
        )
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
    if recounted:
        ctx.out(
            ctx.text.translate(
                "Cli",
                "The figures the case file keeps (for summaries and reports due) did not "
                "match its data; they have been counted again.",
            )
        )
    ctx.out(
        ctx.text.translate(
            "Cli",
            "All is well: the case file is intact and encrypted (%n newcomer(s)).",
            None,
            newcomers,
        )
    )
    return 0
