"""The one place that knows where data, config, logs, backups and bundled resources live.

Nothing here touches the disk at import time; folders are created by `AppPaths.ensure()`,
called from `main()`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Sleutelapp"
APP_AUTHOR = "Sleutelapp"
HOME_ENV = "SLEUTELAPP_HOME"

DB_NAME = "case.db"
KEY_NAME = "case.key"


@dataclass(frozen=True)
class AppPaths:
    """Folders of one installation. With a home override everything lives under it."""

    data: Path
    config: Path
    logs: Path
    backups: Path

    @property
    def db(self) -> Path:
        return self.data / DB_NAME

    @property
    def key(self) -> Path:
        return self.data / KEY_NAME

    @property
    def lock(self) -> Path:
        return self.data / "case.lock"

    @property
    def restore_stage(self) -> Path:
        """Where a restore unpacks and checks a backup before swapping it in."""
        return self.data / ".restore"

    def ensure(self) -> None:
        """Create the folders (private to the user where the OS allows it)."""
        for folder in (self.data, self.config, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def app_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths for `--home DIR`, else `SLEUTELAPP_HOME`, else the platformdirs folders."""
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(
            data=root, config=root / "config", logs=root / "logs", backups=root / "backups"
        )
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data=data,
        config=Path(dirs.user_config_dir),
        logs=Path(dirs.user_log_dir),
        backups=data / "backups",
    )


def resource(*parts: str) -> Path:
    """Find a bundled file under resources/ (PyInstaller bundle, installed tree or checkout)."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if bundle_root:
        candidates.append(Path(bundle_root) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "sleutelapp" / "resources")
    for root in candidates:
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")
