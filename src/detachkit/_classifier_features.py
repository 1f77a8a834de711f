"""The named features the trained classifier reads, each with its span.

One linear pass over a :class:`~detachkit._factfeeling_rules.Reading`
turns a statement into feature names; the trained weights
(:mod:`detachkit._classifier_weights`) are keyed by the same names, so
training (``tools/train_classifier.py``) and inference can never read a
statement differently. Each feature is ``(name, first, last)``: the name and
the first and last token it came from (``-1, -1`` for the whole statement).

The families, by prefix:

* ``w:`` a word, as its normalised form (numbers as ``<num>``);
* ``b:`` two neighbouring words, ``<s>`` standing before the first;
* ``n:`` a word inside a negation's reach ("never *hit* me"), so denials
  read apart from claims; the reach ends at a clause mark or "but";
* ``s:`` the first five letters of a long word, so unseen forms of a known
  word ("texted", "texting") share what was learned;
* ``r:`` a cue rule that fired, ``k:`` a safety pattern row that matched
  (``k:VI.hands_neck``), ``c:`` its category, ``d:`` a safety row whose
  words matched but whose context turned it down (``d:VI.hit_me`` in "he
  has never hit me");
* ``L:``, ``P:``, ``T:`` the rules' own label, parts and thinking traps;
* ``q:`` the statement's shape: a question, an exclamation, its length.
"""

from __future__ import annotations

from detachkit._factfeeling_rules import Reading
from detachkit._safety_categories import category_of

__all__ = ["WHOLE", "Feature", "features"]

Feature = tuple[str, int, int]
WHOLE = -1

_NEGATIONS = frozenset("not never no nothing nobody none neither nor without cannot hardly".split())
_REACH_ENDS = frozenset(', . ; : ! ? but ( ) \u2014 \u2013 - ... " \u201c \u201d and'.split())
_STEM = 5
_LENGTHS = ((4, "short"), (12, "medium"), (25, "long"))


def _norm(word: str) -> str:
    if word.isalpha():
        return word
    return "<num>" if any(ch.isdigit() for ch in word) else word


def _length(count: int) -> str:
    for top, name in _LENGTHS:
        if count <= top:
            return name
    return "very_long"


def _words(norms: list[str]) -> list[Feature]:
    found: list[Feature] = []
    append = found.append
    previous = "<s>"
    negated = False
    for k, raw in enumerate(norms):
        word = _norm(raw)
        append(("w:" + word, k, k))
        append(("b:" + previous + " " + word, max(k - 1, 0), k))
        if len(word) > _STEM + 1 and word.isalpha():
            append(("s:" + word[:_STEM], k, k))
        if negated:
            if word in _REACH_ENDS:
                negated = False
            else:
                append(("n:" + word, k, k))
        if word in _NEGATIONS:
            negated = True
        previous = word
    return found


def features(reading: Reading) -> list[Feature]:
    """Every feature of *reading*, in the order found (names may repeat).

    >>> from detachkit._factfeeling_rules import read_statement
    >>> names = [name for name, _, _ in features(read_statement("He never hit me."))]
    >>> [name for name in names if name.startswith(("n:", "d:", "L:"))]
    ['n:hit', 'n:me', 'd:VI.hit_me', 'L:interpretation']
    """
    norms = [token.norm for token in reading.tokens]
    found = _words(norms)
    found += [("r:" + rule, first, last) for rule, first, last in reading.matches]
    for _rule, first, last, pattern_id in reading.safety_ids:
        found.append(("k:" + pattern_id, first, last))
        category = category_of(pattern_id)
        if category is not None:
            found.append(("c:" + category, first, last))
    found += [
        ("d:" + pattern_id, first, last) for _rule, pattern_id, first, last in reading.declined
    ]
    found.append(("L:" + reading.label, WHOLE, WHOLE))
    found += [("P:" + part, WHOLE, WHOLE) for part in sorted(reading.parts)]
    found += [("T:" + trap, WHOLE, WHOLE) for trap in sorted(reading.traps)]
    found.append(("q:" + _length(len(norms)), WHOLE, WHOLE))
    if norms and norms[-1] in ("?", "!"):
        found.append(("q:" + norms[-1], WHOLE, WHOLE))
    return found
