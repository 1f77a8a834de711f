"""A small, linear-time token pattern matcher for the safety cues.

A :class:`Pattern` is data: an id, the cue rule it signals (``FF901``
self-harm, ``FF902`` violence, ``FF504`` idiom), a sequence of slots (sets of
normalised words, each allowed a bounded gap of skipped tokens before it) and
a few constraints read around the match:

* ``agent``: who does the action at the first slot (the *anchor*): the
  writer, another person, a thing, an idiom subject or nobody named;
* ``neg``: a negation just before the anchor ("he has never hit me", "I'm
  not suicidal") cancels the match, unless the text goes on with "again",
  "anymore", "since" ..., or the negation follows "trying" ("trying not to
  hurt myself" still reveals the urge); ``neg="strict"`` ignores those
  take-backs ("I'm not scared of him anymore" is no fear now);
* ``joke``: laughter or joking markers in the statement turn the match into
  an idiom (``FF504``) instead of a concern;
* ``near``: at least one of these words in the same sentence, within a few
  tokens of the match;
* ``veto``: none of these words inside the match or a few tokens around it;
* ``veto_next``: not this word right after the match ("cut myself *off*",
  "cut myself *some* slack");
* ``veto_prev``: none of these words in the four tokens right before it, where
  its subject stands ("*Mum* will kill me");
* ``block``: none of these words between the slots ("I want *him* dead").

Matching indexes the patterns by their anchor words, so each token costs one
dict look-up plus a bounded search (gaps and windows are small constants):
the whole pass is linear in the number of tokens, with no regexes at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from detachkit._tokens import Token

__all__ = ["AGENT_NONE", "Context", "Pattern", "compile_index", "match_all", "pattern"]

# A sentence ends here: gaps and windows never cross these.
SENTENCE_STOPS = frozenset({".", "!", "?", ";"})
# The virtual slot word "$" matches a stop, a comma or the end of the text.
_SLOT_END = "$"
_END_MARKS = SENTENCE_STOPS | {",", "too", "though"}

# Who does the action at the anchor.
AGENT_WRITER = "writer"
AGENT_PERSON = "person"
AGENT_THING = "thing"
AGENT_NONE = "none"

_NEGATIONS = frozenset({"not", "never"})
# "no" denies only the word right after it: "no suicidal thoughts", not "No, he hit me".
_NEGATION_NEXT = frozenset({"no", "nobody", "noone", "without"})
# A negation after one of these does not deny: "trying not to cut", "hard not to".
_NEG_EXEMPT_BEFORE = frozenset(
    {"try", "trying", "tried", "hard", "struggle", "struggling", "managed", "stop", "help"}
)
# ... nor one the text takes back: "he hasn't hit me since", "he never stopped".
_NEG_EXEMPT_AFTER = frozenset(
    {"again", "anymore", "since", "yet", "stopped", "stop", "lately", "recently", "unless"}
)
_NEG_WINDOW = 3
_NEAR_WINDOW = 8
_VETO_WINDOW = 3

_JOKE_WORDS = frozenset(
    {
        "lol",
        "lmao",
        "lmfao",
        "rofl",
        "haha",
        "hahaha",
        "hehe",
        "jk",
        "kidding",
        "joking",
        "jokingly",
        "joked",
        "laughing",
        "laughed",
    }
)
_JOKE_MARKS = frozenset({"😂", "🤣", "💀", "😅", "🙃", "😆", "😹", "😜", "😝"})

# Subjects found by looking back from the anchor (see :func:`agent_of`).


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WRITER_SUBJECTS = frozenset({"i", "myself"})
PEOPLE = _set(
    """
    he she they someone somebody who ex dad mom father stepdad husband wife
    boyfriend girlfriend partner brother sister son daughter uncle man guy
    roommate flatmate housemate fiance fiancé stepmom stepmother stepfather
    grandpa grandad granddad grandma boss coworker colleague neighbor
    neighbour cousin friend aunt nephew niece spouse hubby landlord stranger
    woman lad bloke mate
    """
)
_THING_SUBJECTS = _set(
    """
    it this that these those job work heat traffic commute school week day
    class exam shift shoes feet back knees head hangover suspense waiting
    wait meeting meetings deadline deadlines silence cold weather reality
    wave grief panic something realization realisation thought thoughts
    sadness loneliness fear anxiety exhaustion guilt memory memories truth
    news song film movie book show door car ball dog cat bus train wind
    """
)
_CLAUSE_BREAKS = frozenset(
    {".", "!", "?", ";", ",", "but", "because", "when", "if", "so", "and", "while"}
)
_BACKWARD_MODALS = frozenset({"could", "'ve", "would", "coulda"})
_AGENT_REACH = 8


@dataclass(frozen=True)
class Pattern:
    """One safety pattern: slots to match and the constraints around them."""

    pid: str
    rule: str
    slots: tuple[frozenset[str], ...]
    gaps: tuple[int, ...]
    agent: frozenset[str] | None
    neg: bool | str
    joke: bool
    near: frozenset[str]
    near_before: int
    near_after: int
    veto: frozenset[str]
    veto_before: int
    veto_after: int
    veto_next: frozenset[str]
    veto_prev: frozenset[str]
    block: frozenset[str]
    # Derived: whether each slot accepts the end of a clause ("$").
    ends: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "ends", tuple(_SLOT_END in slot for slot in self.slots))


def _words(spec: str, groups: Mapping[str, frozenset[str]]) -> frozenset[str]:
    words: set[str] = set()
    for item in spec.split("|"):
        if item.startswith("@"):
            words |= groups[item[1:]]
        else:
            words.add(item)
    return frozenset(words)


def pattern(
    pid: str,
    rule: str,
    spec: str,
    groups: Mapping[str, frozenset[str]],
    *,
    agent: str = "",
    neg: bool | str = True,
    joke: bool = False,
    near: str = "",
    near_before: int = _NEAR_WINDOW,
    near_after: int = _NEAR_WINDOW,
    veto: str = "",
    veto_before: int = 0,
    veto_after: int = _VETO_WINDOW,
    veto_next: str = "",
    veto_prev: str = "",
    block: str = "",
) -> Pattern:
    """Build a :class:`Pattern` from a compact slot spec.

    *spec* lists slots separated by spaces; a slot is ``word|word|@GROUP``;
    ``~N`` before a slot lets up to N tokens be skipped before it; ``$`` is
    the end of a clause. *agent*, *near* and *veto* are space-separated words
    (group references allowed in *near* and *veto*).

    >>> p = pattern("x", "FF901", "want|wish ~2 die", {})
    >>> sorted(p.slots[0]), p.gaps
    (['want', 'wish'], (0, 2))
    """
    slots: list[frozenset[str]] = []
    gaps: list[int] = []
    gap = 0
    # Alternatives may be wrapped over lines: "a|b\n    |c" is one slot.
    spec = "|".join(part.strip() for part in spec.split("|"))
    for part in spec.split():
        if part.startswith("~"):
            gap = int(part[1:])
            continue
        slots.append(_words(part, groups))
        gaps.append(gap)
        gap = 0

    def bag(text: str) -> frozenset[str]:
        found: set[str] = set()
        for item in text.split():
            found |= _words(item, groups)
        return frozenset(found)

    return Pattern(
        pid=pid,
        rule=rule,
        slots=tuple(slots),
        gaps=tuple(gaps),
        agent=frozenset(agent.split()) if agent else None,
        neg=neg,
        joke=joke,
        near=bag(near),
        near_before=near_before,
        near_after=near_after,
        veto=bag(veto),
        veto_before=veto_before,
        veto_after=veto_after,
        veto_next=bag(veto_next),
        veto_prev=bag(veto_prev),
        block=bag(block),
    )


def compile_index(patterns: Iterable[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    """Index *patterns* by the words of their first slot (the anchor)."""
    index: dict[str, list[Pattern]] = {}
    for item in patterns:
        for word in item.slots[0]:
            index.setdefault(word, []).append(item)
    return {word: tuple(found) for word, found in index.items()}


class Context:
    """One statement as the matcher reads it: words, sentences and markers.

    The sentence bounds, the joking markers and the capitalised names are
    worked out on first use: most statements never need them.
    """

    def __init__(self, norms: list[str], tokens: list[Token]) -> None:
        self.norms = norms
        self.tokens = tokens
        self.count = len(norms)
        self._joking: bool | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        self._named: list[bool] | None = None

    @property
    def joking(self) -> bool:
        """Whether the statement carries laughter or joking markers."""
        if self._joking is None:
            self._joking = not _JOKE_WORDS.isdisjoint(self.norms) or any(
                t.raw in _JOKE_MARKS for t in self.tokens
            )
        return self._joking

    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        if self._bounds is None:
            # Start and end (exclusive) of the sentence of every token.
            count = self.count
            sent_start = [0] * count
            sent_end = [count] * count
            start = 0
            for k, word in enumerate(self.norms):
                sent_start[k] = start
                if word in SENTENCE_STOPS:
                    sent_end[start : k + 1] = [k + 1] * (k + 1 - start)
                    start = k + 1
            self._bounds = (sent_start, sent_end)
        return self._bounds

    @property
    def sent_start(self) -> list[int]:
        """The index of the first token of the sentence of every token."""
        return self._sentence_bounds()[0]

    @property
    def sent_end(self) -> list[int]:
        """The index just past the sentence of every token."""
        return self._sentence_bounds()[1]

    @property
    def named(self) -> list[bool]:
        """Whether each token is a capitalised word inside a sentence (most likely a name)."""
        if self._named is None:
            norms = self.norms
            self._named = [
                k > 0
                and norms[k - 1] not in SENTENCE_STOPS
                and t.raw[:1].isupper()
                and t.raw.isalpha()
                and not t.upper
                and t.raw != "I"
                for k, t in enumerate(self.tokens)
            ]
        return self._named

    def agent_of(self, k: int) -> str:
        """Who does the action at *k*: the writer, a person, a thing or none."""
        norms = self.norms
        modal = False
        for m in range(k - 1, max(-1, k - 1 - _AGENT_REACH), -1):
            word = norms[m]
            if word in _BACKWARD_MODALS:
                modal = True
            if word in _WRITER_SUBJECTS:
                return AGENT_WRITER
            if word in PEOPLE or self.named[m]:
                return AGENT_PERSON
            if word in _THING_SUBJECTS or (
                m == self.sent_start[k] and len(word) > 4 and word.endswith("ing")
            ):
                # "the commute is killing me"; "seeing her name ... stabs me": a gerund subject
                return AGENT_THING
            if word in _CLAUSE_BREAKS and m < k - 1:
                break
        if modal and k - self.sent_start[k] < 4:
            # "Could have strangled him": the writer, unnamed.
            return AGENT_WRITER
        return AGENT_NONE

    def negated(self, k: int, end: int, *, strict: bool = False) -> bool:
        """Whether a negation just before *k* denies the match ending at *end*."""
        norms = self.norms
        sent_start = self.sent_start[k]
        low = max(sent_start, k - _NEG_WINDOW)
        for m in range(k - 1, low - 1, -1):
            if norms[m] in _NEGATIONS or (m == k - 1 and norms[m] in _NEGATION_NEXT):
                before = norms[max(sent_start, m - 2) : m]
                if any(w in _NEG_EXEMPT_BEFORE for w in before):
                    return False
                after = norms[end + 1 : min(self.sent_end[k], end + 7)]
                return strict or not any(w in _NEG_EXEMPT_AFTER for w in after)
        return False

    def around(self, k: int, end: int, before: int, after: int) -> list[str]:
        """The words of the match and *before*/*after* tokens around it, in its sentence."""
        sent_start, sent_end = self._sentence_bounds()
        low = max(sent_start[k], k - before)
        high = min(sent_end[k], end + 1 + after)
        return self.norms[low:high]


def _extend(norms: list[str], count: int, item: Pattern, slot: int, last: int) -> int:
    """The last index of a match of the slots of *item* from *slot* on, after *last*, or -1."""
    slots = item.slots
    if slot == len(slots):
        return last
    words = slots[slot]
    at_end = item.ends[slot]
    limit = min(count, last + 1 + item.gaps[slot])
    for m in range(last + 1, limit + 1):
        if m == count:
            if at_end:
                return _extend(norms, count, item, slot + 1, m)
            break
        word = norms[m]
        if word in words or (at_end and word in _END_MARKS):
            end = _extend(norms, count, item, slot + 1, m)
            if end >= 0:
                return end
        if word in SENTENCE_STOPS:
            break
    return -1


def match_all(
    ctx: Context,
    index: Mapping[str, tuple[Pattern, ...]],
    declined: list[tuple[str, str, int, int]] | None = None,
) -> list[tuple[str, str, int, int]]:
    """Every match ``(rule, pattern id, first, last)`` in the statement of *ctx*.

    A pattern cancelled by a joking marker yields ``FF504`` (an idiom). When
    *declined* is given, it receives the rows whose words matched but whose
    context turned them down (another agent, a denial, an everyday sense).
    """
    found: list[tuple[str, str, int, int]] = []
    norms = ctx.norms
    count = ctx.count
    get = index.get
    for k, word in enumerate(norms):
        candidates = get(word)
        if candidates is None:
            continue
        for item in candidates:
            end = _extend(norms, count, item, 1, k)
            if end < 0:
                continue
            if _turned_down(ctx, item, k, end):
                if declined is not None:
                    declined.append((item.rule, item.pid, k, end))
                continue
            rule = "FF504" if item.joke and ctx.joking else item.rule
            found.append((rule, item.pid, k, end))
    return found


def _turned_down(ctx: Context, item: Pattern, k: int, end: int) -> bool:
    """Whether the words around a match of *item* at ``k..end`` cancel it."""
    norms = ctx.norms
    if item.block and any(w in item.block for w in norms[k : end + 1]):
        return True
    if item.veto and any(
        w in item.veto for w in ctx.around(k, end, item.veto_before, item.veto_after)
    ):
        return True
    if item.veto_next and end + 1 < ctx.count and norms[end + 1] in item.veto_next:
        return True
    if item.veto_prev and not item.veto_prev.isdisjoint(ctx.around(k, k - 1, 4, 0)):
        return True
    if item.near and not any(
        w in item.near for w in ctx.around(k, end, item.near_before, item.near_after)
    ):
        return True
    if item.agent is not None and ctx.agent_of(k) not in item.agent:
        return True
    return bool(item.neg and ctx.negated(k, end, strict=item.neg == "strict"))
