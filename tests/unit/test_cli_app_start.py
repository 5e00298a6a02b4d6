"""Starting the desktop app builds only the gui command's parser; every other command
line still gets the full parser (help lists every command)."""

from __future__ import annotations

import pytest

from sleutelapp import cli


@pytest.mark.parametrize(
    "argv",
    [[], ["gui"], ["gui", "--smoke"], ["--home", "/tmp/x"], ["--home=/tmp/x", "gui"]],
)
def test_the_app_start_needs_only_the_gui_parser(argv):
    assert cli._starts_the_app(argv)


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["gui", "--help"], ["newcomers"], ["--version"], ["--home", "/tmp/x", "agenda"]],
)
def test_other_command_lines_get_every_command(argv):
    assert not cli._starts_the_app(argv)


def test_the_gui_only_parser_parses_as_the_full_one():
    only = cli.build_parser(("gui",)).parse_args(["--home", "h", "gui", "--smoke"])
    full = cli.build_parser().parse_args(["--home", "h", "gui", "--smoke"])
    assert vars(only) == vars(full)
