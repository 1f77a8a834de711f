"""What a classification found beyond its cues: safety signals and the model's evidence.

:class:`SafetySignal` says what kind of safety concern a statement raised
(the categories of the labelling guide: a plan, a weapon, strangulation,
fear for one's safety ...), where, and whether a pattern row or the trained
model found it, so an app can treat a plan differently from a general fear.
:class:`Evidence` names a feature the trained model weighed most for the
label it chose, with the words it came from.
"""

from __future__ import annotations

import attrs

from detachkit._safety_categories import CATEGORIES, PATTERN_CATEGORY
from detachkit._validation import (
    check_int,
    check_str,
    enum_member,
    fail,
    field_check,
    invariant,
    json_choices,
    number_in,
)
from detachkit.vocabulary import SafetyConcern

__all__ = ["MODEL_SOURCE", "SAFETY_CATEGORIES", "Evidence", "SafetySignal"]

#: The ``source`` of a signal only the trained model saw.
MODEL_SOURCE = "model"

#: Each concern's safety categories, most serious first (LABELING.md).
SAFETY_CATEGORIES: dict[SafetyConcern, tuple[str, ...]] = {
    SafetyConcern(concern): names for concern, names in CATEGORIES.items()
}


def _check_offset(field: str, value: object) -> None:
    check_int(field, value, low=0)


def _check_concern(field: str, value: object) -> None:
    enum_member(SafetyConcern)(field, value)
    if value not in SAFETY_CATEGORIES:
        fail(field, value, json_choices(c.value for c in SAFETY_CATEGORIES))


def _check_span(start: int, end: int, text: str) -> None:
    invariant(start <= end, "$.end", end, f"an offset >= start ({start})")
    invariant(end - start == len(text), "$.text", text, "the text between start and end")


@attrs.frozen
class SafetySignal:
    """One safety concern a statement raised: its category, span and source.

    Attributes:
        concern: ``self_harm`` or ``violence``.
        category: The most serious category found for the concern, one of
            :data:`SAFETY_CATEGORIES` (``"plan"``, ``"strangulation"`` ...):
            the pattern row's own, or a more serious one its words show
            ("choked me" matched by the row for blows is strangulation).
        text: The words that raised it (the whole statement when only the
            model saw it).
        start: Offset of the first of those characters in the statement.
        end: Offset just past the last.
        source: The safety pattern row that matched (``"VI.hands_neck"``),
            or ``"model"`` when only the trained detector saw the concern.
    """

    concern: SafetyConcern = attrs.field(validator=field_check(_check_concern))
    category: str = attrs.field(validator=field_check(check_str))
    text: str = attrs.field(validator=field_check(check_str))
    start: int = attrs.field(validator=field_check(_check_offset))
    end: int = attrs.field(validator=field_check(_check_offset))
    source: str = attrs.field(validator=field_check(check_str))

    def __attrs_post_init__(self) -> None:
        allowed = SAFETY_CATEGORIES[self.concern]
        invariant(self.category in allowed, "$.category", self.category, json_choices(allowed))
        if self.source != MODEL_SOURCE:
            row = PATTERN_CATEGORY.get(self.source)
            invariant(
                row in allowed and allowed.index(self.category) <= allowed.index(row),
                "$.source",
                self.source,
                f'"model" or the id of a {self.concern.value} pattern row no more serious '
                f"than {self.category}",
            )
        _check_span(self.start, self.end, self.text)

    def __str__(self) -> str:
        by = "the trained detector" if self.source == MODEL_SOURCE else f"pattern {self.source}"
        return f"{self.concern.label}: {self.category.replace('_', ' ')} ({by}): {self.text!r}"


@attrs.frozen
class Evidence:
    """A feature the trained model weighed for the chosen label, and its words.

    Attributes:
        feature: The feature's name: ``w:`` a word, ``b:`` two words, ``n:``
            a negated word, ``s:`` a word's stem, ``r:`` a cue rule, ``k:`` a
            safety pattern row, ``c:`` a safety category, ``L:``/``P:``/``T:``
            the rules' label, parts and traps, ``q:`` the statement's shape.
        weight: How far it pulled towards the label, over the labels' mean
            (positive; larger pulls harder).
        text: The words it came from (the whole statement for ``L:``, ``P:``,
            ``T:`` and ``q:`` features).
        start: Offset of the first of those characters in the statement.
        end: Offset just past the last.
    """

    feature: str = attrs.field(validator=field_check(check_str))
    weight: float = attrs.field(validator=field_check(number_in(0, None)))
    text: str = attrs.field(validator=field_check(check_str))
    start: int = attrs.field(validator=field_check(_check_offset))
    end: int = attrs.field(validator=field_check(_check_offset))

    def __attrs_post_init__(self) -> None:
        _check_span(self.start, self.end, self.text)

    def __str__(self) -> str:
        return f"{self.feature} (+{self.weight:.2f}): {self.text!r}"
