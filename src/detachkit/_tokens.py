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

__all__ = ["MONTH_MAY", "Token", "tokenize"]

# A web address (one token, so a pasted link is read as one thing, not as
# hundreds of marks), word runs (letters, digits, apostrophes) or any single
# non-space mark. A link's trailing full stop or bracket stays outside it.
_TOKEN_RE = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s]*[^\s.,;:!?)\]'\"\u2019\u201d])"
    r"|[\w'\u2019][\w'\u2019-]*|[^\w\s]",
    re.IGNORECASE,
)
URL_NORM = "<url>"
"""The normalised form of every web address."""

_APOSTROPHES = "'\u2019"


class Token(NamedTuple):
    """One token: its normalised form, its raw text and its span."""

    norm: str
    raw: str
    start: int
    end: int
    upper: bool
    """Written in capitals (shouted), or a capital that is the pronoun's ("Ive")."""


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
    "hed": ("he", "'d"),
    "theyd": ("they", "'d"),
    "youd": ("you", "'d"),
    "itd": ("it", "'d"),
    "thatd": ("that", "'d"),
    "theyll": ("they", "will"),
    "youll": ("you", "will"),
    "itll": ("it", "will"),
    "thatll": ("that", "will"),
    "theyve": ("they", "have"),
    "youve": ("you", "have"),
    "weve": ("we", "have"),
    "couldve": ("could", "have"),
    "wouldve": ("would", "have"),
    "shouldve": ("should", "have"),
    "mightve": ("might", "have"),
    "mustve": ("must", "have"),
    "mustnt": ("must", "not"),
    "neednt": ("need", "not"),
    "whos": ("who", "'s"),
    "wheres": ("where", "'s"),
    "heres": ("here", "'s"),
    "everyones": ("everyone", "'s"),
    "everybodys": ("everybody", "'s"),
    "someones": ("someone", "'s"),
    "somebodys": ("somebody", "'s"),
    "nobodys": ("nobody", "'s"),
    "anyones": ("anyone", "'s"),
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

# Apostrophe-less contractions that are also words ("ill", "hell", "shed"):
# read as a contraction only where a clause can start and a verb follows.
_AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "ill": ("i", "will"),
    "id": ("i", "'d"),
    "hell": ("he", "will"),
    "shell": ("she", "will"),
    "shed": ("she", "'d"),
    "wed": ("we", "'d"),
}
_AMBIGUOUS_RE = re.compile(r"\b(?:ill|id|hell|shell|shed|wed)\b", re.IGNORECASE)
# Before the plain word: a determiner, preposition, subject, copula or degree
# word ("the shed", "to hell", "she shed", "fell ill", "mentally ill").
_PLAIN_BEFORE = frozenset(
    """a an the my your his her our their its this these those some any no every
    to from in into of like through at on for with than by about
    i he she we they you it who
    is was am are were be been being 's feel feels felt feeling fell fall falls
    get gets got getting look looks looked seem seems seemed become became
    so very too really quite pretty mentally terminally critically chronically
    seriously gravely physically living holy bloody absolute pure own photo""".split()
)
# After the plain word: no verb ("hell no", "ill for weeks", "id card").
_PLAIN_AFTER = frozenset(
    """of and or is was are were no yes yeah to in on at for with from as than but
    so that then the a an my his her their our your this it again today all
    card number bent""".split()
)

# Short verbs whose "'d" is a past tense: "cc'd", "dm'd", "ok'd" (not "would").
_D_VERBS = frozenset("cc bcc dm pm ok okay x rsvp fb ig msg txt vm ko sub unsub".split())
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
        if tail == "d" and head in _D_VERBS:
            return (head + "ed",)  # "cc'd", "dm'd", "ok'd": a past tense, not "would"
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
        if match.lastgroup == "url":
            append(_new_token(Token, (URL_NORM, raw, start, end, False)))
            continue
        if raw[-1] in _EDGE_MARKS or raw[0] in _APOSTROPHES:
            _append_marked(tokens, raw, start, end)
            continue
        cached = cache.get(raw)
        if cached is None:
            cached = _normalise(raw)
        norms, upper = cached
        for norm in norms:
            append(_new_token(Token, (norm, raw, start, end, upper)))
    if _AMBIGUOUS_RE.search(text) is not None:
        tokens = _resolve_ambiguous(tokens)
    if _MAY_RE.search(text) is not None:
        _resolve_month(tokens)
    return tokens


MONTH_MAY = "may_month"
"""The normalised form of "may" where it is the month, whatever its case."""

_MAY_RE = re.compile(r"\bmay\b", re.IGNORECASE)
# "in may", "since may", "the 3rd of may": the month after these words.
_MONTH_AFTER = frozenset("in of since until till during early late mid through throughout".split())
# "last may", "by may": the month when nothing verb-like follows.
_MONTH_AFTER_IF_ALONE = frozenset("last next this by from before after end".split())


def _resolve_month(tokens: list[Token]) -> None:
    """Read "may" as the month where its neighbours say so, in any case.

    >>> [t.norm for t in tokenize("He left in may.")]
    ['he', 'left', 'in', 'may_month', '.']
    >>> [t.norm for t in tokenize("He may leave.")]
    ['he', 'may', 'leave', '.']
    """
    for index, token in enumerate(tokens):
        if token.norm != "may" or index == 0:
            continue
        before = tokens[index - 1].norm
        after = tokens[index + 1].norm if index + 1 < len(tokens) else ""
        alone = not after.isalpha() or after in ("and", "when", "while", "so")
        if (
            before in _MONTH_AFTER
            or (before in _MONTH_AFTER_IF_ALONE and alone)
            or (after[:1].isdigit())
        ):
            tokens[index] = token._replace(norm=MONTH_MAY)


def _resolve_ambiguous(tokens: list[Token]) -> list[Token]:
    """Split "ill", "hell", "shed" ... into contractions where one is meant.

    >>> [t.norm for t in tokenize("If I go back, hell hurt me. What the hell.")][5:]
    ['he', 'will', 'hurt', 'me', '.', 'what', 'the', 'hell', '.']
    """
    resolved: list[Token] = []
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        split = _AMBIGUOUS.get(token.norm)
        if (
            split is not None
            and index < last
            and tokens[index + 1].norm.isalpha()
            and tokens[index + 1].norm not in _PLAIN_AFTER
            and (index == 0 or tokens[index - 1].norm not in _PLAIN_BEFORE)
        ):
            upper = token.upper or _capital_i(token.raw, split)
            resolved.extend(token._replace(norm=norm, upper=upper) for norm in split)
        else:
            resolved.append(token)
    return resolved


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


def _capital_i(raw: str, norms: tuple[str, ...]) -> bool:
    """ "Ive", "Im": the capital is the pronoun's, never a name's."""
    return len(norms) > 1 and norms[0] == "i" and raw[:1] == "I"


_WORD_CACHE: dict[str, tuple[tuple[str, ...], bool]] = {}
_WORD_CACHE_LIMIT = 50_000
# Longer runs (a key held down, a pasted hash) are not kept: bounded memory.
_WORD_CACHE_WORD_LENGTH = 64


def _normalise(raw: str) -> tuple[tuple[str, ...], bool]:
    """The token forms of a word run and whether it is shouted (a bounded memo)."""
    norms = _split_word(raw.lower().replace("\u2019", "'"))
    cached = (norms, (raw.isupper() and len(raw) > 1) or _capital_i(raw, norms))
    if len(raw) <= _WORD_CACHE_WORD_LENGTH:
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
