"""Right-to-left text in PDF paragraphs: the Unicode Bidirectional Algorithm, per line.

reportlab draws the characters of a line from left to right in the order it is given, and
it wraps a paragraph before anything is drawn. A paragraph holding Arabic or Persian is
therefore wrapped in logical (typed) order, and only then is every line put in visual
order: the embedding levels come from the bidirectional algorithm of `python-bidi`
(computed over the whole paragraph, so a line's neutrals and numbers resolve as in the
paragraph), rule L1 resets trailing spaces, rule L2 reverses the runs of each line. Each
right-to-left run of Arabic letters is then shaped by HarfBuzz (joined letters, mirrored
brackets); numbers and Latin words inside it keep their own left-to-right order.

Lines are only reordered when drawn; the paragraph keeps its logical lines, so that
splitting it over two pages starts the second part from the typed text. A paragraph
whose first strong letter is right-to-left and that takes more than one line is aligned
to the right when its style says left (a one-line name stays in line with the form).
A PDF reader that reads lines by position (pdftotext) then extracts the logical text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.platypus import Paragraph

# Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, … and their
# presentation forms): text without one of these needs no reordering at all.
RTL_LETTERS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff]")
_FK_TEXT = 0
_FK_BREAK = 3


def has_rtl(text: str) -> bool:
    return RTL_LETTERS.search(text) is not None


def base_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong letter."""
    from bidi.algorithm import get_base_level

    return get_base_level(text)


@lru_cache(maxsize=4096)
def levels(text: str) -> tuple[int, tuple[int, ...]]:
    """(paragraph level, resolved embedding level of every character) of one paragraph.

    Rules P2-P3, X1-X10, W1-W7, N1-N2 and I1-I2 of the algorithm come from python-bidi's
    Python implementation (the one that gives levels, not only a display string); rule N0
    for paired brackets, which it lacks, is `_pair_brackets`.
    """
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage)
    for index, ch in enumerate(storage["chars"]):
        ch["index"] = index
    # Rule X9 takes out boundary neutrals such as the zero-width non-joiner of Persian
    # (U+200C, in most Persian sentences) and explicit formatting characters; they are
    # given back below with the level of the character before them (UAX #9 §5.2), so
    # every character of the text keeps a level.
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    _pair_brackets(storage["chars"], base)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    resolved: list[int | None] = [None] * len(text)
    for ch in storage["chars"]:
        resolved[ch["index"]] = ch["level"]
    previous = base
    for index, level in enumerate(resolved):
        if level is None:
            resolved[index] = previous
        else:
            previous = level
    return base, tuple(level if level is not None else base for level in resolved)


_OPENING = {
    "(": ")",
    "[": "]",
    "{": "}",
    "\u2045": "\u2046",
    "\u2329": "\u232a",
    "\u3008": "\u3009",
}
_STRONG = {"L": "L", "R": "R", "AL": "R", "EN": "R", "AN": "R"}


def _pair_brackets(chars: list[dict], base: int) -> None:
    """Rule N0: a bracket pair takes the direction of the text it encloses.

    Without it, "محمد العلي (زوجة) en" shows its closing bracket at the wrong end of the
    Arabic. Explicit embeddings are removed from user text, so the whole paragraph is one
    isolating run sequence at the paragraph level.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for index, ch in enumerate(chars):
        if ch["type"] != "ON":
            continue
        char = ch["ch"]
        if char in _OPENING:
            if len(stack) == 63:
                break
            stack.append((_OPENING[char], index))
        else:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == char:
                    pairs.append((stack[depth][1], index))
                    del stack[depth:]
                    break
    embedding = "R" if base % 2 else "L"
    for opening, closing in sorted(pairs):
        inside = {_STRONG.get(ch["type"]) for ch in chars[opening + 1 : closing]}
        if embedding in inside:
            direction = embedding
        elif inside & {"L", "R"}:
            before = embedding
            for ch in reversed(chars[:opening]):
                if ch["type"] in _STRONG:
                    before = _STRONG[ch["type"]]
                    break
            direction = before  # the opposite direction only when the text before is
        else:
            continue
        chars[opening]["type"] = chars[closing]["type"] = direction


def visual_order(text: str, line_levels: list[int], base: int) -> list[int]:
    """Indices of a line's characters in display order (rules L1 and L2)."""
    line_levels = list(line_levels)
    # L1: white space at the end of the line takes the paragraph level.
    index = len(text) - 1
    while index >= 0 and text[index] in " \u00a0":
        line_levels[index] = base
        index -= 1
    order = list(range(len(text)))
    if not order:
        return order
    highest = max(line_levels)
    odd = [lv for lv in line_levels if lv % 2]
    if not odd:
        return order
    lowest_odd = min(odd)
    # L2: from the highest level down to the lowest odd one, reverse every run at that
    # level or higher.
    for level in range(highest, lowest_odd - 1, -1):
        start = None
        for position in range(len(order) + 1):
            inside = position < len(order) and line_levels[order[position]] >= level
            if inside and start is None:
                start = position
            elif not inside and start is not None:
                order[start:position] = order[start:position][::-1]
                start = None
    return order


def _mirror(char: str) -> str:
    from bidi.mirror import MIRRORED

    return MIRRORED.get(char, char)


def _shape_rtl(logical: str, frag):
    """A right-to-left run of one font, as text in display order (shaped when possible)."""
    return shaped_run(logical, frag.fontName, frag.fontSize)


@lru_cache(maxsize=4096)
def shaped_run(logical: str, font_name: str, font_size: float):
    """(text in display order, width) of a right-to-left run; Arabic letters shaped.

    Cached: a report repeats its names and phrases, and a shaped run never changes.
    """
    from reportlab.lib.abag import ABag
    from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

    from sleutelapp.exports.pdf_text import shaping_available

    visual = "".join(_mirror(c) for c in reversed(logical))
    if not (
        _ARABIC_LETTER.search(logical)
        and shaping_available()
        and getattr(getFont(font_name), "shapable", False)
    ):
        return visual, stringWidth(visual, font_name, font_size)
    from reportlab.pdfbase.ttfonts import ShapedStr, shapeFragWord

    word = [
        stringWidth(logical, font_name, font_size),
        (ABag(fontName=font_name, fontSize=font_size), logical),
    ]
    # kern and liga, not reportlab's default dlig: discretionary ligatures draw the name
    # محمد as the single religious sign ﷴ.
    shaped = shapeFragWord(word, features={"kern": True, "liga": True})
    if shaped is word or len(shaped) != 2 or not isinstance(shaped[1][1], ShapedStr):
        return visual, stringWidth(visual, font_name, font_size)
    from sleutelapp.exports import pdf_fonts

    text = shaped[1][1]
    pdf_fonts.remember_shaped(font_name, text, logical)
    return text, shaped[0]


def _text_frags(line) -> list | None:
    """The text fragments of a line, or None when it holds anything else (images, …)."""
    words = line.words
    if words and getattr(words[-1], "_fkind", _FK_TEXT) == _FK_BREAK:
        words = words[:-1]
    for frag in words:
        if getattr(frag, "_fkind", _FK_TEXT) != _FK_TEXT or hasattr(frag, "cbDefn"):
            return None
    return words


def _reorder_line(line, base: int, line_levels: list[int]):
    """A copy of a FragLine with its fragments in display order and RTL runs shaped."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    frags = _text_frags(line)
    assert frags is not None
    owner = [i for i, f in enumerate(frags) for _ in f.text]
    text = "".join(f.text for f in frags)
    order = visual_order(text, line_levels, base)
    old_width = sum(stringWidth(f.text, f.fontName, f.fontSize) for f in frags)
    runs: list[tuple[int, int, list[int]]] = []  # (frag, level, character indices)
    for index in order:
        key = (owner[index], line_levels[index] % 2)
        if runs and runs[-1][:2] == key:
            runs[-1][2].append(index)
        else:
            runs.append((*key, [index]))
    new_words = []
    new_width = 0.0
    for frag_index, odd, indices in runs:
        frag = frags[frag_index]
        if odd:
            logical = "".join(text[i] for i in reversed(indices))
            shown, width = _shape_rtl(logical, frag)
        else:
            shown = "".join(text[i] for i in indices)
            width = stringWidth(shown, frag.fontName, frag.fontSize)
        new_words.append(frag.clone(text=shown))
        new_width += width
    new_words.extend(line.words[len(frags) :])  # the closing line break, if any
    copy = line.clone(words=new_words)
    copy.extraSpace = line.extraSpace + old_width - new_width
    return copy


def _as_frag_lines(para, blpara) -> list:
    """The lines of a simple (one-font) paragraph as fragment lines."""
    from reportlab.platypus.paragraph import FragLine

    if not para.frags:
        return []
    frag = para.frags[0]
    if isinstance(frag, list):  # a fragment word, [width, (fragment, text), ...]
        frag = frag[1][0]
    lines = []
    for extra, words in blpara.lines:
        lines.append(
            FragLine(
                extraSpace=extra,
                wordCount=len(words),
                lineBreak=False,
                words=[frag.clone(text=" ".join(words), _fkind=_FK_TEXT)],
                fontSize=blpara.fontSize,
                ascent=blpara.ascent,
                descent=blpara.descent,
            )
        )
    return lines


def visual_lines(para, blpara):
    """The paragraph's lines in display order: a new ParaLines, the logical one untouched."""
    from reportlab.platypus.paragraph import ParaLines

    lines = list(blpara.lines)
    if lines and not hasattr(lines[0], "words"):
        lines = _as_frag_lines(para, blpara)
        if not lines:
            return blpara, 0
    # Bidi paragraphs: the lines up to and including one that ends with a line break.
    segments: list[list] = [[]]
    for line in lines:
        segments[-1].append(line)
        if line.words and getattr(line.words[-1], "_fkind", _FK_TEXT) == _FK_BREAK:
            segments.append([])
    result = []
    first_base = None
    for segment in segments:
        texts = []
        for line in segment:
            frags = _text_frags(line)
            texts.append(None if frags is None else "".join(f.text for f in frags))
        if any(t is None for t in texts) or not any(has_rtl(t or "") for t in texts):
            result.extend(segment)
            if first_base is None and any(texts):
                first_base = base_level(" ".join(t or "" for t in texts))
            continue
        # One paragraph for the algorithm: lines joined by a space that belongs to none.
        base, all_levels = levels(" ".join(t or "" for t in texts))
        if first_base is None:
            first_base = base
        start = 0
        for line, text in zip(segment, texts, strict=True):
            assert text is not None
            line_levels = list(all_levels[start : start + len(text)])
            start += len(text) + 1
            result.append(_reorder_line(line, base, line_levels))
    return ParaLines(kind=1, lines=result), first_base or 0


@lru_cache(maxsize=64)
def _right_aligned(style):
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


class BidiParagraph(Paragraph):
    """A Paragraph whose lines are drawn in bidirectional display order."""

    blPara: Any  # noqa: N815 - reportlab's wrapped lines (set by wrap)
    style: Any

    def drawPara(self, debug=0):  # noqa: N802 - reportlab override
        from reportlab.lib.enums import TA_LEFT

        logical = self.blPara
        style = self.style
        visual, base = visual_lines(self, logical)
        self.blPara = visual
        if base == 1 and style.alignment == TA_LEFT and len(visual.lines) > 1:
            self.style = _right_aligned(style)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara, self.style = logical, style
