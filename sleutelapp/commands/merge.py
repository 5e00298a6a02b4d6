"""`sleutelapp merge FILE.json... -o MERGED.json [--pdf FILE.pdf]`: for coordinators.

Needs no case file or passphrase. All files must be valid, internally consistent summaries
of one period, each counted once and at most one per source (case file); otherwise nothing
is written and every refused file gets one line (exports/summary_merge.py). The PDF is Dutch.
"""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "merge anonymised summaries of one period (no case file needed)"
)


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE.json")
    parser.add_argument("-o", "--output", required=True, metavar="MERGED.json")
    parser.add_argument(
        "--pdf", metavar="FILE.pdf", help=QT_TRANSLATE_NOOP("CliHelp", "also write an overview PDF")
    )


def run(args, ctx) -> int:
    from sleutelapp.exports.summary_merge import merge_files, write_merged

    # One pass, flat memory: each file is checked and folded in, then let go.
    candidates, merged = merge_files(args.files)
    refused = [c for c in candidates if not c.accepted]
    for candidate in refused:
        if candidate.problem is not None:
            ctx.error(candidate.problem.message(ctx.language))
    if refused or merged is None:
        ctx.error(
            ctx.text.translate(
                "Cli", "Nothing written: {refused} of %n file(s) refused.", None, len(candidates)
            ).format(refused=len(refused))
        )
        return 1
    # The overview PDF is in Dutch, its readers' language (design.md §6).
    write_merged(merged, args.output, args.pdf)
    files = (
        ctx.text.translate("Cli", "{first} and {second}").format(first=args.output, second=args.pdf)
        if args.pdf
        else args.output
    )
    ctx.out(
        ctx.text.translate(
            "Cli", "%n summary(s) of {period} merged into {files}.", None, len(merged.parts)
        ).format(period=merged.period.label(ctx.language), files=files)
    )
    return 0
