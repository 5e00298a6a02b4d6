"""Turning what a user types into safe FTS5 expressions (never raw user syntax)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+", re.UNICODE)
TRIGRAM = 3


@dataclass(frozen=True)
class SearchTerms:
    long_tokens: tuple[str, ...]  # usable with the trigram name index
    short_tokens: tuple[str, ...]  # 1-2 characters: LIKE on the (small) newcomer table
    all_tokens: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.all_tokens

    def name_match(self) -> str | None:
        if not self.long_tokens:
            return None
        return " AND ".join(_quote(t) for t in self.long_tokens)

    def entry_match(self) -> str:
        return " AND ".join(_quote(t) + "*" for t in self.all_tokens)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def parse(text: str) -> SearchTerms:
    tokens = tuple(dict.fromkeys(t.lower() for t in _TOKEN.findall(text or "")))[:8]
    return SearchTerms(
        long_tokens=tuple(t for t in tokens if len(t) >= TRIGRAM),
        short_tokens=tuple(t for t in tokens if len(t) < TRIGRAM),
        all_tokens=tokens,
    )


def like_pattern(token: str) -> str:
    escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
