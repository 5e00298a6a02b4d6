"""Fingerprints of exported files, as recorded in the disclosure register.

Writing an export whole or not at all is sleutelapp.store.durable_file.write_atomically.
"""

from __future__ import annotations

import hashlib


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
