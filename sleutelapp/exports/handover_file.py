"""The `.sleuteloverdracht` container: an encrypted, padded envelope around one payload.

Layout (all integers big-endian):

    magic "SLEUTELOVERDRACHT\\n" | version u16 | Argon2id iterations u32, memory KiB u32,
    lanes u32 | salt 16 | nonce 12 | code check 16 | AES-256-GCM ciphertext (tag at the end)

The header names only the format and version (plus the random salt, nonce and the KDF
cost, which say nothing about the content). The key comes from a one-time transfer code of
120 random bits, written in the grouped format of the recovery key, through Argon2id
(store/keyfile.py). The plaintext is the zlib-compressed payload with its length, padded
with zeros to the next power of two (at least 64 KiB), so the file's size does not tell
how many newcomers it holds. The whole header is authenticated as associated data.
The code check (an HMAC of the header under a second key from the code) tells a wrong
code apart from a damaged file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import struct
import zlib

from sleutelapp.domain.phrase import Phrase
from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store import errors
from sleutelapp.store.keyfile import (
    MEMORY_KIB_RANGE,
    KdfParams,
    derive_key,
    format_recovery_key,
    normalise_recovery_key,
)

MAGIC = b"SLEUTELOVERDRACHT\n"
VERSION = 1
SUFFIX = ".sleuteloverdracht"
CODE_BYTES = 15  # 120 bits -> 24 base32 characters, six groups of four
CODE_CHARS = 24
_HEADER = struct.Struct(">HIII16s12s16s")
HEADER_BYTES = len(MAGIC) + _HEADER.size
MIN_BUCKET = 64 * 1024
MAX_PAYLOAD_BYTES = 256 * 1024 * 1024  # decompressed JSON; 30 x 100 entries is ~2 MB
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + HEADER_BYTES + 16
DEFAULT_KDF = KdfParams()  # the key file's cost: about 0.4 s on a 2-core laptop
# What a file may ask the KDF to spend: at most twice the default per parameter (a hostile
# file must not make a 4 GB laptop run out of memory), and no less than the key file's
# floor (store/keyfile.py); anything else is refused before any work.
_MAX_ITERATIONS = 2 * KdfParams().iterations
_MAX_MEMORY_KIB = 2 * KdfParams().memory_kib
_MAX_LANES = 2 * KdfParams().lanes
_MIN_MEMORY_KIB = MEMORY_KIB_RANGE[0]
_BASE32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


class WrongTransferCode(errors.CaseError):
    """The typed code does not open this handover file (exit 3, like a wrong passphrase)."""

    code = "wrong_transfer_code"
    exit_code = 3


class NotAHandover(errors.InvalidData):
    """The file is not a usable handover file: foreign, truncated, damaged or too new."""

    code = "not_a_handover"


def new_transfer_code() -> str:
    """A fresh one-time code, e.g. 'K7QD-2MXA-…' (show it once; never store it)."""
    return format_recovery_key(secrets.token_bytes(CODE_BYTES))


def normalise_code(text: str) -> str:
    """The code as typed (any case, spaces, dashes, 0/1/8 for O/I/B) in canonical form;
    raises InvalidData when it cannot be a transfer code at all."""
    compact = normalise_recovery_key(text or "")
    if len(compact) != CODE_CHARS or not set(compact) <= _BASE32:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "This is not a transfer code: it has 24 letters and digits in groups of "
                "four (for example ABCD-EFGH-…). Check what you typed.",
            ),
        )
    return "-".join(compact[i : i + 4] for i in range(0, CODE_CHARS, 4))


def _keys(code: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

    master = derive_key(normalise_code(code), salt, params)
    okm = HKDFExpand(hashes.SHA256(), 64, b"sleutelapp handover v1").derive(master)
    return okm[:32], okm[32:]


def _bucket(size: int) -> int:
    bucket = MIN_BUCKET
    while bucket < size:
        bucket *= 2
    return bucket


def _check(check_key: bytes, header: bytes) -> bytes:
    return hmac.new(check_key, header, hashlib.sha256).digest()[:16]


def seal(payload: bytes, code: str, params: KdfParams | None = None) -> bytes:
    """The whole handover file for `payload` under `code`."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = params or DEFAULT_KDF
    compressed = zlib.compress(payload, 6)
    body = struct.pack(">Q", len(compressed)) + compressed
    if len(payload) > MAX_PAYLOAD_BYTES or _bucket(len(body) + 16) > MAX_PAYLOAD_BYTES:
        raise errors.InvalidData(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "That is too much for one handover file. Choose fewer newcomers at a time.",
            ),
        )
    plaintext = body + bytes(_bucket(len(body) + 16) - 16 - len(body))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check_key = _keys(code, salt, params)
    head = MAGIC + _HEADER.pack(
        VERSION, params.iterations, params.memory_kib, params.lanes, salt, nonce, bytes(16)
    )
    unchecked = head[:-16]
    header = unchecked + _check(check_key, unchecked)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def _refuse(reason: Phrase | str) -> NotAHandover:
    """A refused handover; `reason` (errors.detail) says what is wrong with the file."""
    return NotAHandover(
        QT_TRANSLATE_NOOP("CaseError", "Handover refused, nothing was changed: {reason}"),
        reason=reason,
    )


def _damaged() -> NotAHandover:
    return _refuse(
        errors.detail(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "the file is damaged or was changed. Ask your colleague for a new file.",
            )
        ),
    )


def open_sealed(data: bytes, code: str) -> bytes:
    """The payload of a handover file; raises NotAHandover or WrongTransferCode."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    code = normalise_code(code)  # a mistyped code is told before the slow KDF runs
    if not data.startswith(MAGIC):
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "this is not a handover file",
                )
            ),
        )
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is too large",
                )
            ),
        )
    sealed_size = len(data) - HEADER_BYTES
    if sealed_size < MIN_BUCKET or _bucket(sealed_size) != sealed_size:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the file is incomplete",
                )
            ),
        )
    version, iterations, memory_kib, lanes, salt, nonce, check = _HEADER.unpack_from(
        data, len(MAGIC)
    )
    if version != VERSION:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "version {version} is not supported (update the app)",
                ),
                version=version,
            ),
        )
    if not (
        1 <= iterations <= _MAX_ITERATIONS
        and _MIN_MEMORY_KIB <= memory_kib <= _MAX_MEMORY_KIB
        and 1 <= lanes <= _MAX_LANES
        and memory_kib >= 8 * lanes
    ):
        raise _damaged()
    header = data[:HEADER_BYTES]
    key, check_key = _keys(code, salt, KdfParams(iterations, memory_kib, lanes))
    if not hmac.compare_digest(_check(check_key, header[:-16]), check):
        raise WrongTransferCode(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "This transfer code does not fit this file. Nothing was changed; check "
                "the code and try again.",
            ),
        )
    try:
        plaintext = AESGCM(key).decrypt(nonce, data[HEADER_BYTES:], header)
    except InvalidTag:
        raise _damaged() from None
    (length,) = struct.unpack_from(">Q", plaintext)
    if length > len(plaintext) - 8:
        raise _damaged()
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(plaintext[8 : 8 + length], MAX_PAYLOAD_BYTES)
    except zlib.error:
        raise _damaged() from None
    if inflater.unconsumed_tail:
        raise _refuse(
            errors.detail(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "the content is too large",
                )
            ),
        )
    return payload
