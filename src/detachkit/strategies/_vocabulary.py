"""Strategies for the shared vocabulary."""

from __future__ import annotations

from hypothesis import strategies as st

from detachkit.vocabulary import (
    ContactLevel,
    CrisisResource,
    RelationshipKind,
    SafetyConcern,
)

__all__ = ["contact_levels", "crisis_resources", "relationship_kinds", "safety_concerns"]


def relationship_kinds() -> st.SearchStrategy[RelationshipKind]:
    """Any :class:`~detachkit.RelationshipKind`."""
    return st.sampled_from(RelationshipKind)


def contact_levels() -> st.SearchStrategy[ContactLevel]:
    """Any :class:`~detachkit.ContactLevel`, shrinking towards ``NONE``."""
    return st.sampled_from(ContactLevel)


def safety_concerns(
    *, min_size: int = 0, max_size: int | None = None
) -> st.SearchStrategy[frozenset[SafetyConcern]]:
    """Sets of :class:`~detachkit.SafetyConcern`."""
    return st.frozensets(st.sampled_from(SafetyConcern), min_size=min_size, max_size=max_size)


_IDS = st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)
_TEXT = st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != "")


def crisis_resources() -> st.SearchStrategy[CrisisResource]:
    """Valid :class:`~detachkit.CrisisResource` records."""
    return st.builds(
        CrisisResource,
        id=_IDS,
        name=_TEXT,
        contact=_TEXT,
        region=st.sampled_from(["US", "CA", "GB", "IE", "AU", "*"]),
        concerns=safety_concerns(),
        immediate_danger=st.booleans(),
    )
