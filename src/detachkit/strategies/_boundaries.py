"""Strategies for boundaries, boundary events, contact plans and support people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from detachkit.boundaries import Boundary, BoundaryEvent, ContactPlan, SupportPerson
from detachkit.vocabulary import ContactLevel

__all__ = [
    "boundaries",
    "boundary_events",
    "boundary_histories",
    "contact_plans",
    "support_people",
]

_IDS = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)
_TEXT = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")

_LIMITS = (
    "yelling at me",
    "calling me after 10 pm",
    "reading my messages",
    "commenting on what I eat",
    "disrespecting me",
    "being toxic",
    "stuff",
    "...",
)
_CONSEQUENCES = (
    "I will leave the room",
    "I'll end the call",
    "hang up",
    "you will stop",
    "he has to apologise",
    "there will be consequences",
    "...",
)
_EXCEPTIONS = (
    "co-parenting logistics",
    "selling the flat",
    "the divorce lawyers",
    "birthdays",
    "when she is having a hard time",
)
_STEPS = ("remove photos", "archive old messages", "unfollow on social media")
_PRESSURE = ("him", "her", "his mother", "our friends", "my sister")
_ZONES = st.sampled_from(
    [
        timezone.utc,
        timezone(timedelta(hours=2)),
        timezone(timedelta(hours=-5, minutes=-30)),
        timezone(timedelta(hours=14)),
    ]
)


def _wording(samples: Sequence[str]) -> st.SearchStrategy[str]:
    """Realistic wordings most of the time, arbitrary text the rest."""
    return st.one_of(st.sampled_from(samples), _TEXT)


def _moments(aware: bool | None) -> st.SearchStrategy[datetime]:
    naive = st.datetimes()
    zoned = st.datetimes(timezones=_ZONES)
    if aware is None:
        return st.one_of(naive, zoned)
    return zoned if aware else naive


def boundaries(
    *, ids: st.SearchStrategy[str] = _IDS, communicated: bool | None = None
) -> st.SearchStrategy[Boundary]:
    """Valid :class:`~detachkit.boundaries.Boundary` records.

    Args:
        ids: Where the ids come from.
        communicated: Fix ``communicated``; ``None`` draws it.
    """
    return st.builds(
        Boundary,
        id=ids,
        limit=_wording(_LIMITS),
        consequence=_wording(_CONSEQUENCES),
        communicated=st.booleans() if communicated is None else st.just(communicated),
    )


def boundary_events(
    boundary_ids: Sequence[str] | None = None,
    *,
    enforced: bool | None = None,
    aware: bool | None = None,
) -> st.SearchStrategy[BoundaryEvent]:
    """Valid :class:`~detachkit.boundaries.BoundaryEvent` records.

    Args:
        boundary_ids: Ids to draw ``boundary_id`` from; ``None`` draws any id.
        enforced: Fix ``enforced``; ``None`` draws it.
        aware: ``True`` for timezone-aware times, ``False`` for naive ones,
            ``None`` for both.
    """
    ids = _IDS if boundary_ids is None else st.sampled_from(tuple(boundary_ids))
    return st.builds(
        BoundaryEvent,
        boundary_id=ids,
        when=_moments(aware),
        enforced=st.booleans() if enforced is None else st.just(enforced),
        pressure_from=st.none() | st.sampled_from(_PRESSURE) | _TEXT,
    )


@st.composite
def boundary_histories(
    draw: st.DrawFn,
    *,
    min_size: int = 0,
    max_size: int = 5,
    max_events: int = 20,
    aware: bool | None = None,
) -> tuple[tuple[Boundary, ...], tuple[BoundaryEvent, ...]]:
    """Consistent ``(boundaries, events)`` for ``review_boundaries``.

    Boundary ids are unique and every event refers to one of them.

    Args:
        min_size: The fewest boundaries.
        max_size: The most boundaries.
        max_events: The most events (none when there are no boundaries).
        aware: As in :func:`boundary_events`.
    """
    drawn = draw(
        st.lists(boundaries(), min_size=min_size, max_size=max_size, unique_by=lambda b: b.id)
    )
    if not drawn:
        return (), ()
    events = draw(
        st.lists(boundary_events([b.id for b in drawn], aware=aware), max_size=max_events)
    )
    return tuple(drawn), tuple(events)


def contact_plans(
    *, level: ContactLevel | None = None, max_size: int = 3
) -> st.SearchStrategy[ContactPlan]:
    """Valid :class:`~detachkit.boundaries.ContactPlan` records.

    Args:
        level: Fix the level; ``None`` draws it.
        max_size: The most exceptions and the most gradual steps.
    """
    return st.builds(
        ContactPlan,
        level=st.sampled_from(ContactLevel) if level is None else st.just(level),
        exceptions=st.lists(st.sampled_from(_EXCEPTIONS) | _TEXT, max_size=max_size).map(tuple),
        gradual_steps=st.lists(st.sampled_from(_STEPS) | _TEXT, max_size=max_size).map(tuple),
    )


def support_people(*, connected_to_them: bool | None = None) -> st.SearchStrategy[SupportPerson]:
    """Valid :class:`~detachkit.boundaries.SupportPerson` records.

    Args:
        connected_to_them: Fix the flag; ``None`` draws it.
    """
    return st.builds(
        SupportPerson,
        name=st.sampled_from(("Ana", "my sister", "Sam from work")) | _TEXT,
        connected_to_them=(
            st.booleans() if connected_to_them is None else st.just(connected_to_them)
        ),
    )
