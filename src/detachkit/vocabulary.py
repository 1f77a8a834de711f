"""The shared vocabulary: relationship kinds, contact levels, safety concerns,
reasons and crisis resources.

Every domain module speaks these words, so a safety concern found by the
signs checklist, the classifier or the boundary checks is the same value
everywhere.

>>> from detachkit import ContactLevel, resources_for
>>> ContactLevel.NONE < ContactLevel.FREQUENT
True
>>> [r.contact for r in resources_for("GB")]
['116 123', 'your local emergency number']
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import attrs

from detachkit._validation import (
    check_bool,
    check_id,
    check_str,
    check_text,
    enum_member,
    fail,
    field_check,
    frozenset_of,
    optional,
    records,
)

__all__ = [
    "DEFAULT_RESOURCES",
    "DISCLAIMER",
    "ContactLevel",
    "CrisisResource",
    "OrderedEnum",
    "Reason",
    "RelationshipKind",
    "SafetyConcern",
    "resources_for",
]

DISCLAIMER = (
    "detachkit supports reflection. It is not a diagnosis and does not replace "
    "assessment or treatment by a clinical professional."
)
"""The not-a-diagnosis note every rendered result carries."""


class OrderedEnum(Enum):
    """An enum whose members compare by their order of definition."""

    _rank: int

    def __init__(self, *_: object) -> None:
        # Members are created in definition order, each before the next is
        # added, so the count so far is this member's position.
        self._rank = len(type(self)._member_names_)

    @property
    def rank(self) -> int:
        """Position of the member in definition order, from 0."""
        return self._rank

    def __lt__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank < other._rank

    def __le__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank <= other._rank

    def __gt__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank > other._rank

    def __ge__(self, other: Any) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank >= other._rank


class RelationshipKind(Enum):
    """Who the relationship is with."""

    ROMANTIC = "romantic"
    FRIENDSHIP = "friendship"
    FAMILY = "family"
    OTHER = "other"


class ContactLevel(OrderedEnum):
    """How much contact remains, ordered from none to frequent.

    ``FREQUENT`` means daily or unavoidable contact: living together,
    co-parenting, working on the same team.
    """

    NONE = "none"
    LOW = "low"
    REGULAR = "regular"
    FREQUENT = "frequent"


class SafetyConcern(Enum):
    """A concern that turns every piece of advice to safety first."""

    VIOLENCE = "violence"
    VERBAL_ABUSE = "verbal_abuse"
    SELF_HARM = "self_harm"

    @property
    def label(self) -> str:
        """The concern in words, spelt one way in every view: ``"self-harm"``."""
        return _CONCERN_LABELS[self]


_CONCERN_LABELS = {
    SafetyConcern.VIOLENCE: "violence",
    SafetyConcern.VERBAL_ABUSE: "verbal abuse",
    SafetyConcern.SELF_HARM: "self-harm",
}


@attrs.frozen
class Reason:
    """One reason behind a result: a stable ``code`` and an English message.

    Apps translate by ``code`` (and ``subject``, the item, rule or cue the
    reason is about, when there is one) and may show ``message`` as is.
    """

    code: str = attrs.field(validator=field_check(check_id))
    message: str = attrs.field(validator=field_check(check_text))
    subject: str | None = attrs.field(default=None, validator=field_check(optional(check_str)))

    def __str__(self) -> str:
        return self.message


def _check_region(field: str, value: object) -> None:
    if not isinstance(value, str) or not (
        value == "*" or (len(value) == 2 and value.isascii() and value.isalpha())
    ):
        fail(field, value, "a two-letter ISO 3166 region code such as 'US', or '*'")


_check_concerns = frozenset_of(enum_member(SafetyConcern), "SafetyConcern")


@attrs.frozen
class CrisisResource:
    """A crisis line or service an app can show.

    ``region`` is a two-letter ISO 3166 code (``"US"``, ``"GB"``) or ``"*"``
    for advice that applies everywhere, such as calling the local emergency
    number.
    """

    id: str = attrs.field(validator=field_check(check_id))
    name: str = attrs.field(validator=field_check(check_text))
    contact: str = attrs.field(validator=field_check(check_text))
    region: str = attrs.field(validator=field_check(_check_region))
    concerns: frozenset[SafetyConcern] = attrs.field(validator=field_check(_check_concerns))
    immediate_danger: bool = attrs.field(default=False, validator=field_check(check_bool))

    def __str__(self) -> str:
        where = "anywhere" if self.region == "*" else self.region
        return f"{self.name} ({where}): {self.contact}"


_ALL_CONCERNS = frozenset(SafetyConcern)

DEFAULT_RESOURCES: tuple[CrisisResource, ...] = (
    CrisisResource(
        id="us_988",
        name="988 Suicide & Crisis Lifeline",
        contact="call or text 988",
        region="US",
        concerns=frozenset({SafetyConcern.SELF_HARM}),
    ),
    CrisisResource(
        id="us_domestic_violence_hotline",
        name="National Domestic Violence Hotline",
        contact="1-800-799-7233, or text START to 88788",
        region="US",
        concerns=frozenset({SafetyConcern.VIOLENCE, SafetyConcern.VERBAL_ABUSE}),
    ),
    CrisisResource(
        id="ca_988",
        name="988 Suicide Crisis Helpline",
        contact="call or text 988",
        region="CA",
        concerns=frozenset({SafetyConcern.SELF_HARM}),
    ),
    CrisisResource(
        id="gb_samaritans",
        name="Samaritans",
        contact="116 123",
        region="GB",
        concerns=frozenset({SafetyConcern.SELF_HARM}),
    ),
    CrisisResource(
        id="ie_samaritans",
        name="Samaritans",
        contact="116 123",
        region="IE",
        concerns=frozenset({SafetyConcern.SELF_HARM}),
    ),
    CrisisResource(
        id="emergency",
        name="Emergency services",
        contact="your local emergency number",
        region="*",
        concerns=_ALL_CONCERNS,
        immediate_danger=True,
    ),
)
"""Crisis resources shown when an app supplies none of its own."""

_check_resources = records(CrisisResource)


def resources_for(
    region: str,
    concerns: frozenset[SafetyConcern] | None = None,
    *,
    resources: tuple[CrisisResource, ...] | None = None,
) -> tuple[CrisisResource, ...]:
    """Pick the resources for *region*, plus those that apply everywhere.

    Args:
        region: A two-letter ISO 3166 code, any case (``"us"``, ``"GB"``). A
            region with no entry of its own still gets the resources that
            apply everywhere (the local emergency number).
        concerns: Keep only resources serving at least one of these. ``None``
            keeps all: resources belong on every result, since many people in
            crisis answer screening questions negatively.
        resources: The list to pick from; apps pass their own. ``None``
            means the built-in :data:`DEFAULT_RESOURCES`.

    >>> [r.id for r in resources_for("us", frozenset({SafetyConcern.VIOLENCE}))]
    ['us_domestic_violence_hotline', 'emergency']
    >>> [r.id for r in resources_for("FR")]
    ['emergency']
    """
    if resources is None:
        resources = DEFAULT_RESOURCES
    _check_region("region", region)
    _check_resources("resources", resources)
    if concerns is not None:
        _check_concerns("concerns", concerns)
    wanted = region.upper()
    return tuple(
        resource
        for resource in resources
        if resource.region in (wanted, "*") and (concerns is None or resource.concerns & concerns)
    )
