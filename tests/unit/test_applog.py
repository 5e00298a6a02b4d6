"""Logs and crash reports never carry personal data."""

from sleutelapp import applog
from sleutelapp.paths import app_paths

CANARY = "Canaryname Öztürk 0612345678"


def _crash():
    secret = CANARY  # a local holding personal data, as real code would have
    raise ValueError(f"could not save {secret}")


def test_crash_report_keeps_type_and_stack_but_no_message_or_values(tmp_path):
    try:
        _crash()
    except ValueError as exc:
        report = applog.crash_report(exc)
        where = applog.log_crash(app_paths(tmp_path), exc)
    assert "builtins.ValueError" in report and "_crash" in report
    assert CANARY not in report
    logged = where.read_text(encoding="utf-8")
    assert "_crash" in logged and CANARY not in logged and "Öztürk" not in logged
