"""Crisis resources on results: which ones a result carries, and the argument check."""

from __future__ import annotations

import functools

from detachkit._validation import fail
from detachkit.vocabulary import DEFAULT_RESOURCES, CrisisResource, SafetyConcern, _check_resources

__all__ = ["check_resource_list", "check_some_resources", "serving"]


def check_some_resources(field: str, value: object) -> None:
    """Require a non-empty tuple of :class:`CrisisResource`."""
    _check_resources(field, value)
    if not value:
        fail(field, value, "at least one CrisisResource (resources are always shown)")


def check_resource_list(field: str, value: object) -> tuple[CrisisResource, ...]:
    """The resources an app passed (``None``: the built-in ones), never empty."""
    if value is None:
        return DEFAULT_RESOURCES
    check_some_resources(field, value)
    resources: tuple[CrisisResource, ...] = value  # type: ignore[assignment]
    return resources


def serving(
    resources: tuple[CrisisResource, ...], concerns: frozenset[SafetyConcern]
) -> tuple[CrisisResource, ...]:
    """The resources that serve any of *concerns*, or all of them when none does.

    A result that found a concern carries these, so the JSON an app stores
    or sends is never safety-blind; a result without a concern carries none.

    >>> from detachkit import SafetyConcern
    >>> [r.id for r in serving(DEFAULT_RESOURCES, frozenset({SafetyConcern.VIOLENCE}))]
    ['us_domestic_violence_hotline', 'emergency']
    >>> serving(DEFAULT_RESOURCES, frozenset())
    ()
    """
    if not concerns:
        return ()
    return _serving(resources, concerns)


@functools.lru_cache(maxsize=256)
def _serving(
    resources: tuple[CrisisResource, ...], concerns: frozenset[SafetyConcern]
) -> tuple[CrisisResource, ...]:
    chosen = tuple(r for r in resources if r.concerns & concerns)
    return chosen or resources
