"""`sleutelapp merge FILE.json... -o MERGED.json [--pdf FILE.pdf]`: for coordinators.

Needs no case file or passphrase. All files must be valid, internally consistent summaries
of one period, each counted once and at most one per source (case file); otherwise nothing
is written and every refused file gets one line (exports/summary_merge.py). The PDF is Dutch.
"""

from __future__ import annotations

from sleutelapp.domain.wording import count_of

HELP = "merge anonymised summaries of one period (no case file needed)"


def add_arguments(parser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE.json")
    parser.add_argument("-o", "--output", required=True, metavar="MERGED.json")
    parser.add_argument("--pdf", metavar="FILE.pdf", help="also write an overview PDF")


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
            ctx.say(
                f"Niets geschreven: {len(refused)} van {len(candidates)} bestanden geweigerd.",
                f"Nothing written: {len(refused)} of {len(candidates)} files refused.",
            )
        )
        return 1
    # No case file, so no UI language setting: the overview PDF is Dutch (design.md §6).
    write_merged(merged, args.output, args.pdf, "nl")
    ctx.out(
        ctx.say(
            f"{count_of(len(merged.parts), 'summary', 'nl')} van "
            f"{merged.period.label('nl')} samengevoegd in "
            f"{args.output}" + (f" en {args.pdf}" if args.pdf else "") + ".",
            f"{count_of(len(merged.parts), 'summary', 'en')} of {merged.period.label('en')} "
            "merged into "
            f"{args.output}" + (f" and {args.pdf}" if args.pdf else "") + ".",
        )
    )
    return 0
