"""What the commands for the newcomer's papers (card, consent-sheet) check before any work."""

from __future__ import annotations

from pathlib import Path


def said(ctx):
    """The catalogue of the command line's language."""
    from sleutelapp.language import catalogue

    return catalogue(ctx.language)


def check_paper_args(args, ctx, *, weeks_ok: bool = True) -> Path:
    """The output path, after refusing (exit 2) a folder that does not exist, a bad number
    of weeks or a language the app does not ship."""
    from sleutelapp.commands.context import UsageError
    from sleutelapp.language import LANGUAGES
    from sleutelapp.language.languages import is_shipped

    said_here = said(ctx)
    if not weeks_ok:
        raise UsageError(said_here.translate("CommandLine", "--weeks must be 1..26"))
    if args.language is not None and not is_shipped(args.language):
        codes = ", ".join(lang.code for lang in LANGUAGES)
        raise UsageError(
            said_here.translate(
                "CommandLine", "--language: unknown language {0!r}; choose one of {1}"
            ).format(args.language, codes)
        )
    output = Path(args.output)
    if not output.parent.is_dir():
        raise UsageError(
            said_here.translate("CommandLine", "the folder {0} does not exist").format(
                output.parent
            )
        )
    return output
