"""Sleutelapp: an offline, encrypted case notebook for sleutelpersonen."""

# The version lives in pyproject.toml only. It is looked up on first use, because
# importlib.metadata costs ~25 ms at start-up and most runs never ask for it.
_FALLBACK_VERSION = "0.1.0"


def __getattr__(name: str):
    if name == "__version__":
        from importlib import metadata

        try:
            version = metadata.version("sleutelapp")
        except metadata.PackageNotFoundError:  # a bundle without metadata, or a bare checkout
            version = _FALLBACK_VERSION
        globals()["__version__"] = version
        return version
    raise AttributeError(f"module 'sleutelapp' has no attribute {name!r}")
