"""Starting the desktop app reads its few arguments without argparse; every other command
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


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["gui"],
        ["gui", "--smoke"],
        ["--home", "h", "gui", "--smoke"],
        ["--home=h"],
        ["--home=", "gui"],
        ["--home", "gui"],
    ],
)
def test_the_app_start_reads_its_arguments_as_the_full_parser_does(argv):
    full = cli.build_parser().parse_args(argv)
    if full.command is None:
        full = cli.build_parser().parse_args([*argv, "gui"])
    assert vars(cli._app_start_args(argv)) == vars(full)


def test_a_home_that_looks_like_an_option_goes_to_the_full_parser():
    assert not cli._starts_the_app(["--home", "--smoke"])
