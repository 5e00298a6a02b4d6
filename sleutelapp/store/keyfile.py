"""case.key: the random data key of the database, stored only wrapped (design.md §5).

The data key is wrapped with AES-256-GCM under a key derived from the passphrase (Argon2id)
and, separately, under a recovery key shown once at setup. Changing the passphrase
re-wraps the same data key, so the database itself is never re-encrypted.
"""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from sleutelapp.language import QT_TRANSLATE_NOOP
from sleutelapp.store.durable_file import write_atomically
from sleutelapp.store.errors import KeyFileProblem, WrongPassphrase

FORMAT = "sleutelapp-key"
VERSION = 1
DATA_KEY_BYTES = 32
_RECOVERY_BYTES = 20  # 160 bits -> 32 base32 characters
_B32_CONFUSABLES = str.maketrans({"0": "O", "1": "I", "8": "B"})


# Sane bounds of the Argon2id cost, checked before any work: a key file asking for 10^9
# iterations would hang the unlock, and huge or negative memory would crash it.
ITERATIONS_RANGE = (1, 64)
MEMORY_KIB_RANGE = (8 * 1024, 4 * 1024 * 1024)  # 8 MiB .. 4 GiB
LANES_RANGE = (1, 64)
SALT_BYTES_RANGE = (16, 64)


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default takes about 0.4 s on a 2-core laptop (see README)."""

    iterations: int = 4
    memory_kib: int = 128 * 1024
    lanes: int = 4

    @classmethod
    def fast_for_tests(cls) -> KdfParams:
        return cls(iterations=1, memory_kib=8 * 1024, lanes=1)

    def problem(self) -> str | None:
        """Why these parameters are outside sane bounds, or None."""
        for name, value, (low, high) in (
            ("iterations", self.iterations, ITERATIONS_RANGE),
            ("memory_kib", self.memory_kib, MEMORY_KIB_RANGE),
            ("lanes", self.lanes, LANES_RANGE),
        ):
            if type(value) is not int or not low <= value <= high:
                return f"{name} {value!r} outside {low}..{high}"
        if self.memory_kib < 8 * self.lanes:
            return "memory_kib below 8 per lane"
        return None

    @classmethod
    def from_wrap(cls, wrap: dict) -> KdfParams:
        """The parameters stored in a passphrase slot; KeyFileProblem when they are not sane."""
        values = [wrap.get(name) for name in ("iterations", "memory_kib", "lanes")]
        params = cls(*values)  # type: ignore[arg-type]
        problem = params.problem()
        if problem is not None:
            raise _damaged(f"KDF parameters: {problem}")
        return params


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on macOS (NFD) and Windows (NFC) unlocks."""
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: bytes that were not text
        raise WrongPassphrase(
            QT_TRANSLATE_NOOP(
                "CaseError",
                "The passphrase holds characters that are not valid text (not UTF-8). "
                "Type it again; nothing was changed.",
            ),
        ) from None


def normalise_recovery_key(text: str) -> str:
    compact = "".join(ch for ch in text.upper() if ch.isalnum())
    return compact.translate(_B32_CONFUSABLES)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def wipe(buffer: bytearray) -> None:
    """Overwrite key material in place (a bytearray; immutable bytes cannot be wiped)."""
    buffer[:] = bytes(len(buffer))


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytearray:
    """A 256-bit key from a passphrase (or another typed secret) with Argon2id, in a buffer
    the caller wipes after use; shared by the key file and the handover file
    (exports/handover_file.py)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    derived = bytearray(32)
    Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive_into(normalise_passphrase(passphrase), derived)
    return derived


def _derive_from_recovery(recovery_key: str, salt: bytes) -> bytes:
    # The recovery key has 160 random bits, so a fast KDF is enough.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    material = normalise_recovery_key(recovery_key).encode("ascii")
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"sleutelapp recovery key v1"
    ).derive(material)


def _seal(wrapping_key: bytes, data_key: bytes | bytearray, slot: str) -> dict:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    sealed = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(slot))
    return {"nonce": _b64(nonce), "ciphertext": _b64(sealed)}


def _open(wrapping_key, wrap: dict, slot: str) -> bytearray | None:
    """The data key of a slot, decrypted straight into a wipeable buffer."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ciphertext = _unb64(wrap["ciphertext"])
    if len(ciphertext) != DATA_KEY_BYTES + 16:
        raise ValueError("ciphertext length")
    data_key = bytearray(DATA_KEY_BYTES)
    try:
        AESGCM(bytes(wrapping_key)).decrypt_into(
            _unb64(wrap["nonce"]), ciphertext, _aad(slot), data_key
        )
    except InvalidTag:
        return None
    return data_key


def _aad(slot: str) -> bytes:
    return f"{FORMAT}/v{VERSION}/{slot}".encode("ascii")


@dataclass
class KeyFile:
    """The parsed content of case.key."""

    wraps: dict

    @classmethod
    def create(
        cls, passphrase: str, params: KdfParams | None = None
    ) -> tuple[KeyFile, bytearray, str]:
        """A new data key (in a wipeable buffer) wrapped under the passphrase and a new
        recovery key."""
        data_key = bytearray(secrets.token_bytes(DATA_KEY_BYTES))
        keyfile = cls(wraps={})
        keyfile.set_passphrase(data_key, passphrase, params)
        recovery = keyfile.new_recovery_key(data_key)
        return keyfile, data_key, recovery

    def set_passphrase(
        self, data_key: bytes | bytearray, passphrase: str, params: KdfParams | None = None
    ) -> None:
        params = params or KdfParams()
        if params.problem() is not None:
            raise ValueError(f"KDF parameters out of bounds: {params.problem()}")
        salt = secrets.token_bytes(16)
        wrapping = derive_key(passphrase, salt, params)
        try:
            sealed = _seal(bytes(wrapping), data_key, "passphrase")
        finally:
            wipe(wrapping)
        self.wraps["passphrase"] = {
            "kdf": "argon2id",
            "salt": _b64(salt),
            "iterations": params.iterations,
            "memory_kib": params.memory_kib,
            "lanes": params.lanes,
            **sealed,
        }

    def new_recovery_key(self, data_key: bytes | bytearray) -> str:
        """Replace the recovery wrap; returns the new recovery key (show it once)."""
        raw = secrets.token_bytes(_RECOVERY_BYTES)
        recovery = format_recovery_key(raw)
        salt = secrets.token_bytes(16)
        self.wraps["recovery"] = {
            "kdf": "hkdf-sha256",
            "salt": _b64(salt),
            **_seal(_derive_from_recovery(recovery, salt), data_key, "recovery"),
        }
        return recovery

    def unlock(self, passphrase: str) -> bytearray:
        wrap = self.wraps.get("passphrase")
        if wrap is None:
            raise _damaged("no passphrase slot")
        params = KdfParams.from_wrap(wrap)  # bounds first: no work for absurd parameters
        try:
            salt = _unb64(wrap["salt"])
            if not SALT_BYTES_RANGE[0] <= len(salt) <= SALT_BYTES_RANGE[1]:
                raise ValueError("salt length")
            wrapping = derive_key(passphrase, salt, params)
            try:
                data_key = _open(wrapping, wrap, "passphrase")
            finally:
                wipe(wrapping)
        except (KeyError, ValueError, TypeError, AttributeError, OverflowError) as exc:
            raise _damaged(type(exc).__name__) from None
        if data_key is None:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "Wrong passphrase. Nothing was changed; try again.",
                ),
            )
        return data_key

    def unlock_with_recovery_key(self, recovery_key: str) -> bytearray:
        wrap = self.wraps.get("recovery")
        if wrap is None:
            raise _damaged("no recovery slot")
        try:
            data_key = _open(
                _derive_from_recovery(recovery_key, _unb64(wrap["salt"])), wrap, "recovery"
            )
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise _damaged(type(exc).__name__) from None
        if data_key is None:
            raise WrongPassphrase(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "This recovery key does not fit this case file. Check the characters.",
                ),
            )
        return data_key

    def to_bytes(self) -> bytes:
        body = {"format": FORMAT, "version": VERSION, "cipher": "sqlcipher4", "wraps": self.wraps}
        return json.dumps(body, indent=2, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            body = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):  # not UTF-8, not JSON, or absurd numbers
            raise _damaged("not JSON") from None
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise _damaged("wrong format")
        version = body.get("version")
        if type(version) is not int or version < 1:
            raise _damaged(f"version {version!r}")
        if version > VERSION:
            raise KeyFileProblem(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The key file (case.key) was written by a newer Sleutelapp. Update the app.",
                ),
            )
        wraps = body.get("wraps")
        if not isinstance(wraps, dict) or not all(isinstance(w, dict) for w in wraps.values()):
            raise _damaged("no wraps")
        if "passphrase" in wraps:
            KdfParams.from_wrap(wraps["passphrase"])
        return cls(wraps=wraps)

    @classmethod
    def read(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeyFileProblem(
                QT_TRANSLATE_NOOP(
                    "CaseError",
                    "The key file case.key is missing next to the case file. Put it back or "
                    "restore a backup.",
                ),
            ) from None
        return cls.from_bytes(raw)

    def write(self, path: Path) -> None:
        write_atomically(path, self.to_bytes(), case_file_part=True)


def _damaged(detail: str) -> KeyFileProblem:
    return KeyFileProblem(
        QT_TRANSLATE_NOOP(
            "CaseError",
            "The key file case.key is damaged ({detail}). Restore a backup or use a copy.",
        ),
        detail=detail,
    )
