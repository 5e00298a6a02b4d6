"""Logging to the platformdirs log folder: rotating, and never names or entry text.

Crash reports keep the exception type and the stack (file, line, function) but drop
exception messages and source values, which could hold personal data.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from datetime import datetime
from pathlib import Path

from sleutelapp.paths import AppPaths

LOGGER_NAME = "sleutelapp"


def setup(paths: AppPaths) -> logging.Logger:
    """Log into this installation's folder (called from main, never at import).

    One file handler at a time: switching to another data folder moves the log along.
    """
    logger = logging.getLogger(LOGGER_NAME)
    target = str((paths.logs / "sleutelapp.log").resolve())
    files = [h for h in logger.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    if not any(h.baseFilename == target for h in files):
        for old in files:
            logger.removeHandler(old)
            old.close()
        paths.logs.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=512_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def crash_report(exc: BaseException) -> str:
    """A report safe to copy to a helpdesk: type and stack only, no messages or values."""
    import sleutelapp

    lines = [
        f"Sleutelapp {sleutelapp.__version__}",
        f"{datetime.now().isoformat(timespec='seconds')}",
        f"{type(exc).__module__}.{type(exc).__qualname__}",
    ]
    for frame in traceback.extract_tb(exc.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_crash(paths: AppPaths, exc: BaseException) -> Path:
    setup(paths).error("crash\n%s", crash_report(exc))
    return paths.logs / "sleutelapp.log"
