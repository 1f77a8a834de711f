"""A small, linear-time tokeniser for journal statements.

One pass of a simple regex (character classes only, no nested quantifiers)
finds word runs and single punctuation marks; Python then splits clitics
("I'm" -> "i" + "am", "didn't" -> "did" + "not") and normalises casual
spellings ("im", "dont", "tmrw"). Every token keeps the ``(start, end)`` span
of the characters it came from, so ``text[start:end]`` is always the original
text; clitic parts share the span of their word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

# Word runs (letters, digits, apostrophes) or any single non-space mark.
_TOKEN_RE = re.compile(r"[\w'\u2019][\w'\u2019-]*|[^\w\s]")

_APOSTROPHES = "'\u2019"


class Token(NamedTuple):
    """One token: its normalised form, its raw text and its span."""

    norm: str
    raw: str
    start: int
    end: int
    upper: bool


# Casual spellings without apostrophes, and common chat shorthand.
_CASUAL: dict[str, tuple[str, ...]] = {
    "im": ("i", "am"),
    "ive": ("i", "have"),
    "dont": ("do", "not"),
    "doesnt": ("does", "not"),
    "didnt": ("did", "not"),
    "cant": ("can", "not"),
    "couldnt": ("could", "not"),
    "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"),
    "wont": ("will", "not"),
    "isnt": ("is", "not"),
    "wasnt": ("was", "not"),
    "werent": ("were", "not"),
    "arent": ("are", "not"),
    "havent": ("have", "not"),
    "hasnt": ("has", "not"),
    "hadnt": ("had", "not"),
    "aint": ("is", "not"),
    "youre": ("you", "are"),
    "theyre": ("they", "are"),
    "hes": ("he", "'s"),
    "shes": ("she", "'s"),
    "thats": ("that", "'s"),
    "whats": ("what", "'s"),
    "theres": ("there", "'s"),
    "its": ("it", "'s"),
    "gonna": ("going", "to"),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "hafta": ("have", "to"),
    "kinda": ("kind", "of"),
    "sorta": ("sort", "of"),
    "cannot": ("can", "not"),
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "n": ("and",),
    "bc": ("because",),
    "b/c": ("because",),
    "cuz": ("because",),
    "coz": ("because",),
    "cos": ("because",),
    "tho": ("though",),
    "thru": ("through",),
    "tmrw": ("tomorrow",),
    "tmr": ("tomorrow",),
    "tmw": ("tomorrow",),
    "2moro": ("tomorrow",),
    "tonite": ("tonight",),
    "2nite": ("tonight",),
    "rn": ("right", "now"),
    "bf": ("boyfriend",),
    "gf": ("girlfriend",),
    "mum": ("mom",),
    "mam": ("mom",),
    "mommy": ("mom",),
    "mummy": ("mom",),
    "mother": ("mom",),
    "ppl": ("people",),
    "abt": ("about",),
    "w/": ("with",),
    "ya": ("you",),
    "yall": ("you", "all"),
    "idk": ("i", "do", "not", "know"),
    "idc": ("i", "do", "not", "care"),
    "ngl": ("not", "going", "to", "lie"),
    "imo": ("in", "my", "opinion"),
    "tbh": ("to", "be", "honest"),
    "srsly": ("seriously",),
    "prolly": ("probably",),
    "def": ("definitely",),
    "defo": ("definitely",),
    "allways": ("always",),
    "alwys": ("always",),
    "evry": ("every",),
    "shoud": ("should",),
    "shld": ("should",),
    "cud": ("could",),
    "wud": ("would",),
    "becuase": ("because",),
    "becasue": ("because",),
    "bcuz": ("because",),
    "agian": ("again",),
    "realy": ("really",),
    "sooo": ("so",),
    "soooo": ("so",),
    "sooooo": ("so",),
    "reallyy": ("really",),
    "anymore": ("anymore",),
}

_NOT_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_CLITICS = {"m": "am", "re": "are", "ll": "will", "ve": "have", "d": "'d", "s": "'s"}


def _split_word(lower: str) -> tuple[str, ...]:
    """Normalise one lower-case word run into one or more token forms."""
    casual = _CASUAL.get(lower)
    if casual is not None:
        return casual
    if "'" not in lower:
        return (lower,)
    if lower.endswith("n't") and len(lower) > 3:
        stem = lower[:-3]
        return (_NOT_STEMS.get(stem, stem), "not")
    head, _, tail = lower.rpartition("'")
    clitic = _CLITICS.get(tail)
    if clitic is not None and head and "'" not in head:
        if head == "let" and tail == "s":
            return ("let", "us")
        return (head, clitic)
    return (lower.replace("'", ""),)


_EDGE_MARKS = "-" + _APOSTROPHES
_new_token = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Split *text* into tokens with spans; linear in ``len(text)``.

    >>> [t.norm for t in tokenize("I'm so done, he didn't call.")]
    ['i', 'am', 'so', 'done', ',', 'he', 'did', 'not', 'call', '.']
    """
    tokens: list[Token] = []
    append = tokens.append
    cache = _WORD_CACHE
    for match in _TOKEN_RE.finditer(text):
        raw = match.group()
        start, end = match.span()
        if raw[-1] in _EDGE_MARKS or raw[0] in _APOSTROPHES:
            _append_marked(tokens, raw, start, end)
            continue
        cached = cache.get(raw)
        if cached is None:
            cached = _normalise(raw)
        norms, upper = cached
        for norm in norms:
            append(_new_token(Token, (norm, raw, start, end, upper)))
    return tokens


def _append_marked(tokens: list[Token], raw: str, start: int, end: int) -> None:
    """Append a word run with trailing hyphens or quote marks glued to it."""
    while len(raw) > 1 and raw[-1] == "-":
        raw = raw[:-1]
        end -= 1
    if raw[0] in _APOSTROPHES or raw[-1] in _APOSTROPHES:
        # Quote marks glued to a word: emit them as punctuation.
        while raw and raw[0] in _APOSTROPHES:
            tokens.append(Token("'", raw[0], start, start + 1, False))
            raw = raw[1:]
            start += 1
        trailing = []
        while raw and raw[-1] in _APOSTROPHES:
            trailing.append(Token("'", raw[-1], end - 1, end, False))
            raw = raw[:-1]
            end -= 1
        if raw:
            _append_word(tokens, raw, start, end)
        tokens.extend(reversed(trailing))
        return
    _append_word(tokens, raw, start, end)


_WORD_CACHE: dict[str, tuple[tuple[str, ...], bool]] = {}
_WORD_CACHE_LIMIT = 50_000


def _normalise(raw: str) -> tuple[tuple[str, ...], bool]:
    """The token forms of a word run and whether it is shouted (a bounded memo)."""
    cached = (
        _split_word(raw.lower().replace("\u2019", "'")),
        raw.isupper() and len(raw) > 1,
    )
    if len(_WORD_CACHE) >= _WORD_CACHE_LIMIT:
        _WORD_CACHE.clear()
    _WORD_CACHE[raw] = cached
    return cached


def _append_word(tokens: list[Token], raw: str, start: int, end: int) -> None:
    cached = _WORD_CACHE.get(raw)
    if cached is None:
        cached = _normalise(raw)
    norms, upper = cached
    tokens.extend([Token(norm, raw, start, end, upper) for norm in norms])
