"""`sleutelapp passwd`: change the passphrase (re-wraps the key; the database is untouched)."""

from __future__ import annotations

HELP = "change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)"


def add_arguments(parser) -> None:
    pass


def run(args, ctx) -> int:
    from sleutelapp.commands.context import NEW_PASSPHRASE_ENV, UsageError
    from sleutelapp.domain.passphrase import check_new_passphrase

    with ctx.open_case() as case:
        new = ctx.passphrase(
            env=NEW_PASSPHRASE_ENV,
            confirm=True,
            prompt_nl="Nieuwe wachtzin: ",
            prompt_en="New passphrase: ",
        )
        problem = check_new_passphrase(new, ctx.language)
        if problem:
            raise UsageError(problem)
        case.change_passphrase(new)
    ctx.out(
        ctx.say(
            "Wachtzin gewijzigd. De herstelsleutel blijft geldig.",
            "Passphrase changed. The recovery key stays valid.",
        )
    )
    return 0
