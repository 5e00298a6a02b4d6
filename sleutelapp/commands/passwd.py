"""`sleutelapp passwd`: change the passphrase (re-wraps the key; the database is untouched)."""

from __future__ import annotations

from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "change the passphrase (new one from SLEUTELAPP_NEW_PASSPHRASE or a prompt)"
)


def add_arguments(parser) -> None:
    pass


def run(args, ctx) -> int:
    from sleutelapp.commands.context import NEW_PASSPHRASE_ENV

    with ctx.open_case() as case:
        new = ctx.passphrase(
            env=NEW_PASSPHRASE_ENV,
            confirm=True,
            prompt=ctx.text.translate("Cli", "New passphrase: "),
        )
        ctx.refuse_weak_passphrase(new)
        case.change_passphrase(new)
    ctx.out(ctx.text.translate("Cli", "Passphrase changed. The recovery key stays valid."))
    return 0
