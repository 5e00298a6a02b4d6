"""`sleutelapp gui [--smoke]`: start the desktop app (also what `sleutelapp` alone does)."""

from __future__ import annotations

import os
import sys

from sleutelapp.commands.context import PASSPHRASE_ENV
from sleutelapp.language import QT_TRANSLATE_NOOP

HELP = QT_TRANSLATE_NOOP(
    "CliHelp", "start the app (--smoke: show the unlock page, or unlock and show the data, quit)"
)


def add_arguments(parser) -> None:
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CliHelp",
            "show the unlock page, or with SLEUTELAPP_PASSPHRASE unlock and show the main "
            "window with its data; process events and exit 0 (tests, packaging)",
        ),
    )


def has_screen() -> bool:
    """False on Linux without a display server (and no platform chosen, e.g. offscreen)."""
    if not sys.platform.startswith("linux"):
        return True
    return any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(args, ctx) -> int:
    if not has_screen():
        from sleutelapp.paths import program_name

        ctx.error(
            ctx.text.translate(
                "Cli",
                "no screen found (no DISPLAY or WAYLAND_DISPLAY); use the command line: "
                "{program} --help",
            ).format(program=program_name())
        )
        return 1
    passphrase = os.environ.get(PASSPHRASE_ENV) if args.smoke else None
    from sleutelapp.gui.app import run_app

    return run_app(ctx.paths, smoke=args.smoke, passphrase=passphrase)
