"""Sleutelapp: an offline, encrypted case notebook for sleutelpersonen."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("sleutelapp")
except _metadata.PackageNotFoundError:  # running from a bundle or a bare checkout
    __version__ = "0.1.0"
