"""The one place that knows where data, config, logs, backups and bundled resources live.

Nothing here touches the disk at import time; folders are created by `AppPaths.ensure()`,
called from `main()`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple

APP_NAME = "Sleutelapp"
APP_AUTHOR = "Sleutelapp"
HOME_ENV = "SLEUTELAPP_HOME"

DB_NAME = "case.db"
KEY_NAME = "case.key"


class AppPaths(NamedTuple):
    """Folders of one installation. With a home override everything lives under it.

    A named tuple rather than a frozen dataclass: as unchangeable, and made without the
    code generation a dataclass runs at import (~0.5 ms of every start)."""

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


def resource_roots() -> list[Path]:
    """Where bundled files may live, in the order they are looked up.

    A PyInstaller bundle unpacks them into `sys._MEIPASS/resources`; a wheel install
    carries them inside the package (pyproject.toml maps resources/ to sleutelapp/resources);
    a source checkout (editable install) has them beside the package, next to pyproject.toml.
    """
    package = Path(__file__).resolve().parent
    roots = []
    bundle_root = getattr(sys, "_MEIPASS", None)
    if bundle_root:
        roots.append(Path(bundle_root) / "resources")
    roots.append(package / "resources")
    if (package.parent / "pyproject.toml").is_file():
        roots.append(package.parent / "resources")
    return roots


def resource(*parts: str) -> Path:
    """Find a bundled file under resources/ (PyInstaller bundle, installed wheel or checkout)."""
    for root in resource_roots():
        path = root.joinpath(*parts)
        if path.exists():
            return path
    raise FileNotFoundError(f"bundled resource missing: {'/'.join(parts)}")


def program_name() -> str:
    """What a person types to run this install: the frozen executable's own name
    (`Sleutelapp`, `sleutelapp-cli` on Windows), else the `sleutelapp` command."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).stem
    return "sleutelapp"
