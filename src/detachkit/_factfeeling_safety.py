"""Safety cues of the fact-vs-feeling classifier: self-harm and violence.

Read over the whole statement, independent of its label (LABELING.md):

* ``FF901`` self-harm: thoughts of suicide, self-harm or not wanting to live,
  direct ("I want to hurt myself") or indirect ("everyone would be better off
  without me", "I want to sleep and not wake up"), plans and preparation
  ("stockpiling my tablets", "writing goodbye notes") and self-injury.
* ``FF902`` violence: physical violence by someone else, threats of it
  (reported or predicted), intimidation, stalking, protection measures and
  fear for one's physical safety.
* ``FF504`` marks an idiom that looks deadly but is not a concern ("this job
  is killing me", "dying to leave", "I could kill him for forgetting").

The patterns are data (:mod:`detachkit._safety_patterns`), read by one small
matcher (:mod:`detachkit._safety_match`) in a single linear pass. Missing a
real concern is worse than a false flag, so the patterns lean towards
flagging; idioms are told apart by who does what to whom, by the words
around them and by joking markers. A concern found at a word wins over an
idiom at the same word.
"""

from __future__ import annotations

from detachkit._safety_match import Context as _Context
from detachkit._safety_match import compile_index, match_all
from detachkit._safety_patterns import IDIOMS, SELF_HARM, VIOLENCE
from detachkit._tokens import Token

__all__ = ["find_safety", "find_safety_ids"]

_CONCERNS = compile_index(SELF_HARM + VIOLENCE)
_IDIOMS = compile_index(IDIOMS)


def find_safety(
    norms: list[str], tags: list[int], tokens: list[Token]
) -> list[tuple[str, int, int]]:
    """Return the safety and idiom matches ``(rule_id, first, last)``.

    *tags* is accepted for the caller's convenience; the patterns read the
    words themselves.

    >>> from detachkit._tokens import tokenize
    >>> tokens = tokenize("He said he'd hurt me if I leave.")
    >>> find_safety([t.norm for t in tokens], [0] * len(tokens), tokens)
    [('FF902', 4, 5)]
    """
    del tags
    return [(rule, first, last) for rule, first, last, _pid in find_safety_ids(norms, tokens)]


def find_safety_ids(
    norms: list[str],
    tokens: list[Token],
    declined: list[tuple[str, str, int, int]] | None = None,
) -> list[tuple[str, int, int, str]]:
    """Like :func:`find_safety`, each match also naming its pattern row's id.

    *declined*, when given, receives the concern rows whose words matched but
    whose context turned them down (see :func:`~detachkit._safety_match.match_all`).

    >>> from detachkit._tokens import tokenize
    >>> tokens = tokenize("He put his hands round my neck.")
    >>> find_safety_ids([t.norm for t in tokens], tokens)
    [('FF902', 3, 6, 'VI.hands_neck')]
    """
    if not norms:
        return []
    ctx = _Context(norms, tokens)
    found: list[tuple[str, int, int, str]] = []
    covered: set[int] = set()
    # One cue per stretch of words and rule: "said he'd kill me" holds "kill me".
    by_rule: dict[str, set[int]] = {}
    for rule, pid, first, last in match_all(ctx, _CONCERNS, declined):
        span = range(first, last + 1)
        if rule != "FF504":
            covered.update(span)
        taken = by_rule.setdefault(rule, set())
        if taken.isdisjoint(span):
            taken.update(span)
            found.append((rule, first, last, pid))
    # Most statements hold no idiom anchor at all: skip that pass.
    idioms = [] if _IDIOMS.keys().isdisjoint(norms) else match_all(ctx, _IDIOMS)
    for rule, pid, first, last in idioms:
        if first not in covered:
            covered.update(range(first, last + 1))
            found.append((rule, first, last, pid))
    found.sort(key=lambda match: (match[1], match[0]))
    return found
