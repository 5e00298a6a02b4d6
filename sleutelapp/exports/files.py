"""Fingerprints of exported files, as recorded in the disclosure register.

Writing an export whole or not at all is sleutelapp.store.durable_file.write_atomically,
which also refuses any target in the data folder or on the case file, its key, WAL/SHM
or a backup (sleutelapp.store.export_target).
"""

from __future__ import annotations

import hashlib


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
