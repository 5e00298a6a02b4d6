"""The command line run in-process against the test's own case file."""

import pytest

from sleutelapp.cli import main
from tests.conftest import PASSPHRASE


@pytest.fixture
def run(monkeypatch, capsys, case_paths):
    """Run `sleutelapp --home <case> ...`; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("SLEUTELAPP_PASSPHRASE", PASSPHRASE)

    def runner(*argv, home=None):
        code = main(["--home", str(home or case_paths.data), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return runner
