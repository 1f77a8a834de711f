"""A generic engine for scoring frequency checklists.

A :class:`Checklist` is data: items with weights, optional red flags, and
score bands. :func:`score_checklist` turns a person's answers into an
:class:`Assessment` that explains itself.

How scoring works:

* The score is the weighted mean of the answered items that are not red
  flags, as a percentage of the highest possible answer (0 to 100).
* Red-flag items never enter the score, so a safety concern cannot be
  averaged away. Any red flag answered above "never" puts the assessment in
  the checklist's safety band and lists the concern in ``safety``. A red
  flag left unanswered is reported in ``unscreened``: not screened, never
  assumed absent.
* Up to ``max_missing_share`` of the scored items (20 % by default) may be
  left out; the score is then prorated over the answered ones, and the
  reasons say so. More than that raises
  :class:`~detachkit.errors.IncompleteResponsesError`.

Bands are a heuristic to support reflection, not a validated clinical
cut-off.

>>> from detachkit import Band, Checklist, ChecklistItem, score_checklist
>>> tiny = Checklist(
...     id="tiny",
...     version="1",
...     title="A tiny checklist",
...     items=(
...         ChecklistItem(id="a", prompt="I dread our calls.", source="example",
...                       rationale="example"),
...         ChecklistItem(id="b", prompt="I sleep badly before we meet.",
...                       source="example", rationale="example"),
...     ),
...     bands=(Band(id="low", min_score=0, summary="Low."),
...            Band(id="high", min_score=50, summary="High.")),
... )
>>> result = score_checklist({"a": 4, "b": 0}, tiny)
>>> result.score, result.band.id
(50.0, 'high')
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import IntEnum
from html import escape
from itertools import pairwise
from typing import cast

import attrs

from detachkit._display import html_card, html_list, plural, safety_html, safety_text, text_block
from detachkit._resources import check_resource_list, serving
from detachkit._validation import (
    Check,
    check_id,
    check_number,
    check_text,
    enum_member,
    fail,
    field_check,
    frozenset_of,
    instance_of,
    invariant,
    json_choices,
    number_in,
    optional,
    records,
    trusted,
    tuple_of,
)
from detachkit.errors import IncompleteResponsesError, InvalidInputError
from detachkit.vocabulary import (
    DEFAULT_RESOURCES,
    DISCLAIMER,
    CrisisResource,
    Reason,
    SafetyConcern,
)

__all__ = [
    "SAFETY_BAND_ID",
    "Answer",
    "Assessment",
    "Band",
    "Checklist",
    "ChecklistItem",
    "Frequency",
    "score_checklist",
]


class Frequency(IntEnum):
    """How often something happens, from never (0) to always (4)."""

    NEVER = 0
    RARELY = 1
    SOMETIMES = 2
    OFTEN = 3
    ALWAYS = 4

    @property
    def label(self) -> str:
        """The lower-case English word, e.g. ``"often"``."""
        return self.name.lower()


def _positive_weight(field: str, value: object) -> None:
    if check_number(field, value, low=0) == 0:
        fail(field, value, "a finite number > 0")


@attrs.frozen
class ChecklistItem:
    """One question of a checklist.

    Attributes:
        id: Stable identifier, the key in a person's responses.
        prompt: The statement the person rates, in the first person.
        weight: How much the item counts in the score (positive).
        red_flag: The safety concern this item screens for, or ``None`` for a
            scored item. Red-flag items never enter the score.
        source: Where the item comes from.
        rationale: One line on why the item is asked.
    """

    id: str = attrs.field(validator=field_check(check_id))
    prompt: str = attrs.field(validator=field_check(check_text))
    source: str = attrs.field(validator=field_check(check_text))
    rationale: str = attrs.field(validator=field_check(check_text))
    weight: float = attrs.field(
        default=1.0,
        validator=field_check(_positive_weight),
    )
    red_flag: SafetyConcern | None = attrs.field(
        default=None, validator=field_check(optional(enum_member(SafetyConcern)))
    )


@attrs.frozen
class Band:
    """A score band: the lowest score it starts at and what it means."""

    id: str = attrs.field(validator=field_check(check_id))
    min_score: float = attrs.field(validator=field_check(number_in(0, 100)))
    summary: str = attrs.field(validator=field_check(check_text))


def _check_bands(field: str, value: object) -> None:
    records(Band)(field, value)
    starts = [band.min_score for band in cast("tuple[Band, ...]", value)]
    if not starts or starts[0] != 0 or any(a >= b for a, b in pairwise(starts)):
        fail(
            field,
            value,
            "a non-empty array of Band with strictly rising min_score, from 0 (a tuple)",
        )


def _check_items(field: str, value: object) -> None:
    records(ChecklistItem)(field, value)
    items = cast("tuple[ChecklistItem, ...]", value)
    ids = [item.id for item in items]
    duplicates = sorted({item_id for item_id in ids if ids.count(item_id) > 1})
    if duplicates:
        fail(field, duplicates, "items with unique ids")
    if not any(item.red_flag is None for item in items):
        fail(field, value, "at least one scored (non-red-flag) item")


@attrs.frozen
class _Index:
    """Look-ups computed once per checklist, so scoring stays fast."""

    positions: Mapping[str, int]
    items: tuple[tuple[str, float, SafetyConcern | None], ...]
    max_missing: int
    answers: Mapping[tuple[str, int], Answer]
    endorsed: Mapping[tuple[str, int], Reason]
    red_flags: Mapping[tuple[str, int], Reason]
    unscreened: Mapping[str, Reason]
    allowed_ids: str


@attrs.frozen
class Checklist:
    """A checklist: items, score bands and the rules for missing answers.

    Attributes:
        id: Stable identifier of the checklist.
        version: Version of its content; change it when items change.
        title: A short human title.
        items: The questions, in the order they are asked.
        bands: Score bands with strictly rising ``min_score``, the first at 0.
        safety_band: The band of any assessment with a red flag above
            "never". Required when the checklist has red-flag items.
        max_missing_share: The share of scored items that may be left
            unanswered before scoring refuses (0 to 1).
    """

    id: str = attrs.field(validator=field_check(check_id))
    version: str = attrs.field(validator=field_check(check_id))
    title: str = attrs.field(validator=field_check(check_text))
    items: tuple[ChecklistItem, ...] = attrs.field(validator=field_check(_check_items))
    bands: tuple[Band, ...] = attrs.field(validator=field_check(_check_bands))
    safety_band: Band | None = attrs.field(
        default=None, validator=field_check(optional(instance_of(Band)))
    )
    max_missing_share: float = attrs.field(
        default=0.2,
        validator=field_check(number_in(0, 1)),
    )
    _index: _Index = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.safety_band is None and self.red_flag_items:
            fail(
                "Checklist.safety_band",
                None,
                "a Band when the checklist has red-flag items",
            )
        if self.safety_band is not None and self.safety_band.id != SAFETY_BAND_ID:
            fail("Checklist.safety_band.id", self.safety_band.id, f"exactly {SAFETY_BAND_ID!r}")
        if any(band.id == SAFETY_BAND_ID for band in self.bands):
            fail("Checklist.bands", self.bands, f"score bands none of which is {SAFETY_BAND_ID!r}")
        object.__setattr__(self, "_index", _build_index(self))

    @property
    def scored_items(self) -> tuple[ChecklistItem, ...]:
        """The items that enter the score (every item that is not a red flag)."""
        return tuple(item for item in self.items if item.red_flag is None)

    @property
    def red_flag_items(self) -> tuple[ChecklistItem, ...]:
        """The items that screen for a safety concern."""
        return tuple(item for item in self.items if item.red_flag is not None)

    @property
    def max_missing(self) -> int:
        """How many scored items may be left unanswered."""
        return math.floor(len(self.scored_items) * self.max_missing_share + 1e-9)

    def item(self, item_id: str) -> ChecklistItem:
        """Return the item with *item_id*; an unknown id is invalid input."""
        position = self._index.positions.get(item_id) if isinstance(item_id, str) else None
        if position is None:
            fail("item_id", item_id, self._index.allowed_ids)
        return self.items[position]


def _build_index(checklist: Checklist) -> _Index:
    endorsed = {}
    red_flags = {}
    unscreened = {}
    for item in checklist.items:
        if item.red_flag is None:
            for value in Frequency:
                if value > Frequency.NEVER:
                    endorsed[item.id, int(value)] = Reason(
                        code="item_endorsed",
                        message=f"{value.label.capitalize()}: {item.prompt}",
                        subject=item.id,
                    )
        else:
            unscreened[item.id] = Reason(
                code="red_flag_unscreened",
                message=(f"Not answered, so not screened (not the same as absent): {item.prompt}"),
                subject=item.id,
            )
            for value in Frequency:
                if value > Frequency.NEVER:
                    red_flags[item.id, int(value)] = Reason(
                        code="red_flag_reported",
                        message=(
                            f"{value.label.capitalize()}: {item.prompt} This is a "
                            f"safety concern ({item.red_flag.label})."
                        ),
                        subject=item.id,
                    )
    return _Index(
        items=tuple((item.id, item.weight, item.red_flag) for item in checklist.items),
        max_missing=checklist.max_missing,
        answers={
            (item.id, int(value)): Answer(item_id=item.id, value=value)
            for item in checklist.items
            for value in Frequency
        },
        positions={item.id: position for position, item in enumerate(checklist.items)},
        endorsed=endorsed,
        red_flags=red_flags,
        unscreened=unscreened,
        allowed_ids=json_choices(item.id for item in checklist.items),
    )


@attrs.frozen
class Answer:
    """One answer in an assessment: the item id and its frequency."""

    item_id: str = attrs.field(validator=field_check(check_id))
    value: Frequency = attrs.field(validator=field_check(enum_member(Frequency)))


_check_str_tuple: Check = tuple_of(check_id, "str ids")


@attrs.frozen
class Assessment:
    """The scored result of a checklist, with the reasons behind it.

    Attributes:
        checklist_id: Which checklist was scored.
        checklist_version: Its content version.
        score: Weighted mean of the answered scored items, 0 to 100.
        band: The score band, or the checklist's safety band whenever a red
            flag was answered above "never".
        safety: Every safety concern reported.
        unscreened: Red-flag item ids with no answer: not screened, which is
            not the same as absent.
        missing: Scored item ids with no answer (the score was prorated).
        reasons: Why: reported red flags first, then unscreened red flags,
            the prorating note, and the endorsed items, strongest first.
        answers: Every answer given, in checklist order.
        resources: Crisis resources for the concerns reported, present
            exactly when a concern is.
    """

    checklist_id: str = attrs.field(validator=field_check(check_id))
    checklist_version: str = attrs.field(validator=field_check(check_id))
    score: float = attrs.field(validator=field_check(number_in(0, 100)))
    band: Band = attrs.field(validator=field_check(instance_of(Band)))
    safety: frozenset[SafetyConcern] = attrs.field(
        validator=field_check(frozenset_of(enum_member(SafetyConcern), "SafetyConcern"))
    )
    unscreened: tuple[str, ...] = attrs.field(validator=field_check(_check_str_tuple))
    missing: tuple[str, ...] = attrs.field(validator=field_check(_check_str_tuple))
    reasons: tuple[Reason, ...] = attrs.field(validator=field_check(records(Reason)))
    answers: tuple[Answer, ...] = attrs.field(validator=field_check(records(Answer)))
    resources: tuple[CrisisResource, ...] = attrs.field(
        default=(), validator=field_check(records(CrisisResource))
    )

    def __attrs_post_init__(self) -> None:
        _check_assessment(self)

    @property
    def safety_first(self) -> bool:
        """True when any safety concern was reported."""
        return bool(self.safety)

    @property
    def needs_safety_screen(self) -> bool:
        """True when a concern was reported or a red flag went unanswered."""
        return bool(self.safety or self.unscreened)

    @property
    def prorated(self) -> bool:
        """True when some scored items were missing and the score prorated."""
        return bool(self.missing)

    @property
    def disclaimer(self) -> str:
        """The not-a-diagnosis note."""
        return DISCLAIMER

    def answer(self, item_id: str) -> Frequency | None:
        """The answer given for *item_id*, or ``None`` when it was left out."""
        for answer in self.answers:
            if answer.item_id == item_id:
                return answer.value
        return None

    def _lines(self) -> list[str]:
        lines = [
            f"Score: {self.score:.0f} / 100 ({self.band.id.replace('_', ' ')})",
            self.band.summary,
        ]
        lines += safety_text(self.safety, self.unscreened)
        if self.reasons:
            lines += ["", "Why:"] + [f"  - {reason.message}" for reason in self.reasons]
        lines += ["", "Bands are a heuristic for reflection, not a clinical cut-off."]
        return lines

    def __str__(self) -> str:
        return text_block(
            f"Assessment: {self.checklist_id}",
            self._lines(),
            safety_first=self.safety_first,
            resources=self.resources,
        )

    def _repr_html_(self) -> str:
        body = (
            f"<p><strong>Score:</strong> {self.score:.0f} / 100 "
            f"(<code>{escape(self.band.id)}</code>) &mdash; {escape(self.band.summary)}</p>"
        )
        body += safety_html(self.safety, self.unscreened)
        body += html_list(reason.message for reason in self.reasons)
        return html_card(
            f"Assessment: {self.checklist_id}",
            body,
            safety_first=self.safety_first,
            resources=self.resources,
        )


def _check_assessment(assessment: Assessment) -> None:
    """The invariants of an assessment, whatever built it (see serialization docs)."""
    a = assessment
    invariant(
        bool(a.resources) == bool(a.safety),
        "$.resources",
        [r.id for r in a.resources],
        "crisis resources are present exactly when a safety concern is",
    )
    invariant(
        (a.band.id == SAFETY_BAND_ID) == bool(a.safety),
        "$.band",
        a.band.id,
        f"the band is {SAFETY_BAND_ID!r} exactly when safety lists a concern",
    )
    flagged = [r.subject for r in a.reasons if r.code == "red_flag_reported"]
    invariant(
        bool(flagged) == bool(a.safety),
        "$.safety",
        sorted(c.value for c in a.safety),
        "a concern is listed exactly when a red_flag_reported reason names its item",
    )
    answered = [answer.item_id for answer in a.answers]
    ids = [*answered, *a.unscreened, *a.missing]
    invariant(
        len(ids) == len(set(ids)),
        "$.answers",
        sorted({i for i in ids if ids.count(i) > 1}),
        "each item is answered, unscreened or missing, once",
    )
    unscreened_reasons = [r.subject for r in a.reasons if r.code == "red_flag_unscreened"]
    invariant(
        unscreened_reasons == list(a.unscreened),
        "$.unscreened",
        a.unscreened,
        "each unscreened item has its red_flag_unscreened reason, in order",
    )
    checklist = _built_in(a.checklist_id, a.checklist_version)
    if checklist is not None:
        # A built-in checklist is known here: its answers decide everything.
        try:
            rescored: Assessment | None = _assess(
                {x.item_id: int(x.value) for x in a.answers}, checklist, a.resources
            )
        except InvalidInputError:
            rescored = None
        invariant(
            rescored is not None and _scored_fields(rescored) == _scored_fields(a),
            "$",
            a.checklist_id,
            f"the result of scoring its answers against {a.checklist_id!r} "
            f"version {a.checklist_version!r}",
        )


def _scored_fields(assessment: Assessment) -> tuple[object, ...]:
    """Everything scoring decides: every field but the app's choice of resources."""
    return tuple(
        getattr(assessment, field.name)
        for field in attrs.fields(Assessment)
        if field.name != "resources"
    )


SAFETY_BAND_ID = "safety_first"
"""The id every checklist's safety band carries, so any result can be checked."""

_BUILT_IN: dict[tuple[str, str], Checklist] = {}


def _built_in(checklist_id: str, version: str) -> Checklist | None:
    """The shipped checklist with this id and version, if there is one."""
    import detachkit.signs  # noqa: F401, PLC0415 - it registers the shipped checklists

    return _BUILT_IN.get((checklist_id, version))


def _register_built_in(checklist: Checklist) -> Checklist:
    """Record a checklist shipped with detachkit, so its results can be rescored."""
    _BUILT_IN[checklist.id, checklist.version] = checklist
    return checklist


def _answer_value(field: str, value: object) -> int:
    # bool before int: True is an int in Python, but means "always" here.
    if isinstance(value, bool):
        return 4 if value else 0
    if isinstance(value, int) and 0 <= value <= 4:
        return int(value)
    return fail(field, value, _ANSWER_ALLOWED)


_ANSWER_ALLOWED = (
    "an integer from 0 (never) to 4 (always), or true (= 4) or false (= 0) "
    "(a Frequency, an int or a bool)"
)


def score_checklist(
    responses: Mapping[str, object],
    checklist: Checklist,
    *,
    resources: tuple[CrisisResource, ...] | None = None,
) -> Assessment:
    """Score *responses* against *checklist*.

    Args:
        responses: Maps item id to a :class:`Frequency`, an int from 0 to 4,
            or a bool (``True`` means 4, ``False`` means 0). Leave an
            unanswered item out; ``None`` is not an answer.
        checklist: The checklist to score against.
        resources: Crisis resources to attach when a red flag is reported;
            ``None`` means the built-in :data:`~detachkit.DEFAULT_RESOURCES`.

    Returns:
        An :class:`Assessment` with the score, band, safety concerns,
        unscreened red flags, missing items and reasons.

    Raises:
        InvalidInputError: For a non-mapping, an unknown id or a bad value;
            every problem is reported at once.
        IncompleteResponsesError: When more scored items are missing than the
            checklist allows.

    >>> from detachkit import SIGNS_CHECKLIST
    >>> answers = {item.id: 0 for item in SIGNS_CHECKLIST.items}
    >>> answers["physical_harm"] = 1
    >>> score_checklist(answers, SIGNS_CHECKLIST).band.id
    'safety_first'
    """
    if not isinstance(checklist, Checklist):
        fail("checklist", checklist, "a Checklist")
    if not isinstance(responses, Mapping):
        fail("responses", responses, "an object mapping item id to answer (a Mapping)")
    chosen = check_resource_list("resources", resources)
    index = checklist._index
    values: dict[str, int] = {}
    errors: list[InvalidInputError] = []
    positions = index.positions
    for key, raw in responses.items():
        # Fast path: a known id answered with a plain int in range.
        if type(raw) is int and 0 <= raw <= 4 and key in positions:
            values[key] = raw
            continue
        field = f"responses[{key!r}]"
        if not isinstance(key, str) or key not in positions:
            errors.append(InvalidInputError(field, key, f"an item id, {index.allowed_ids}"))
            continue
        try:
            values[key] = _answer_value(field, raw)
        except InvalidInputError as err:
            errors.append(err)
    InvalidInputError.collect(errors)
    return _assess(values, checklist, chosen)


def _assess(
    values: Mapping[str, int],
    checklist: Checklist,
    resources: tuple[CrisisResource, ...] = DEFAULT_RESOURCES,
) -> Assessment:
    index = checklist._index
    total = 0.0
    possible = 0.0
    missing: list[str] = []
    unscreened: list[str] = []
    safety: set[SafetyConcern] = set()
    flagged: list[Reason] = []
    endorsed: list[tuple[float, int, Reason]] = []
    answers: list[Answer] = []
    for position, (item_id, weight, red_flag) in enumerate(index.items):
        value = values.get(item_id)
        if value is None:
            (missing if red_flag is None else unscreened).append(item_id)
            continue
        answers.append(index.answers[item_id, value])
        if red_flag is not None:
            if value:
                safety.add(red_flag)
                flagged.append(index.red_flags[item_id, value])
            continue
        total += weight * value
        possible += weight * 4
        if value:
            endorsed.append((-weight * value, position, index.endorsed[item_id, value]))
    if len(missing) > index.max_missing or possible == 0:
        raise IncompleteResponsesError(missing, index.max_missing)
    score = 100.0 * total / possible
    # Construction guarantees a safety band whenever red flags exist.
    if safety and checklist.safety_band is not None:
        band = checklist.safety_band
    else:
        band = next(b for b in reversed(checklist.bands) if b.min_score <= score)
    reasons = [*flagged, *(index.unscreened[item_id] for item_id in unscreened)]
    if missing:
        reasons.append(
            Reason(
                code="score_prorated",
                message=(
                    f"{plural(len(missing), 'scored item')} unanswered "
                    f"({', '.join(missing)}): the score is the weighted mean of "
                    "the answered ones."
                ),
            )
        )
    # Strongest weighted answer first, then checklist order; positions are
    # unique, so the reasons themselves are never compared.
    endorsed.sort()
    reasons += [reason for _, _, reason in endorsed]
    return trusted(
        Assessment,
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        score=score,
        band=band,
        safety=frozenset(safety),
        unscreened=tuple(unscreened),
        missing=tuple(missing),
        reasons=tuple(reasons),
        answers=tuple(answers),
        resources=serving(resources, frozenset(safety)),
    )
