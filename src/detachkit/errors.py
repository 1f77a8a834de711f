"""The one error contract of detachkit.

Every kind of bad input raises :class:`InvalidInputError`, which is both a
:class:`DetachkitError` and a :class:`ValueError`. Its message names the
field, the bad value and what is allowed, and keeps all three as attributes
so an app can build its own message.

>>> from detachkit import InvalidInputError
>>> err = InvalidInputError("contact", "sometimes", "one of ('none', 'low')")
>>> str(err)
"'contact' must be one of ('none', 'low') (got 'sometimes')"
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

import reprlib
from collections.abc import Iterable

__all__ = ["DetachkitError", "IncompleteResponsesError", "InvalidInputError"]

_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60
_REPR.maxlong = 40


def _describe_value(value: object) -> str:
    """Return a short, never-failing ``repr`` of *value* for messages."""
    try:
        return _REPR.repr(value)
    except Exception:  # noqa: BLE001 (a hostile __repr__ must not hide the real error)
        return f"<{type(value).__name__} object>"


class DetachkitError(Exception):
    """Base class of every error detachkit raises on purpose."""


class InvalidInputError(DetachkitError, ValueError):
    """Bad input: wrong type, out of range, unknown id or malformed data.

    Attributes:
        field: Where the bad value was found, e.g. ``"responses['sleep']"``.
        value: The bad value itself.
        allowed: A short description of what is allowed there.
        errors: When several problems were found at once, each of them.
    """

    field: str
    value: object
    allowed: str
    errors: tuple[InvalidInputError, ...]

    def __init__(
        self,
        field: str,
        value: object,
        allowed: str,
        *,
        errors: Iterable[InvalidInputError] = (),
    ) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        self.errors = tuple(errors)
        super().__init__(self._message())

    def _message(self) -> str:
        head = f"{self.field!r} must be {self.allowed} (got {_describe_value(self.value)})"
        if len(self.errors) > 1:
            rest = "; ".join(str(err) for err in self.errors[1:])
            return f"{head}; and {len(self.errors) - 1} more: {rest}"
        return head

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (type(self), self.field, self.value, self.allowed, self.errors),
            self.__dict__,
        )

    @classmethod
    def collect(cls, errors: Iterable[InvalidInputError]) -> None:
        """Raise one error that reports every problem in *errors*, if any.

        The first problem gives the error its ``field``, ``value`` and
        ``allowed``; all of them are kept in ``errors``.

        >>> InvalidInputError.collect([])
        >>> InvalidInputError.collect([  # doctest: +ELLIPSIS
        ...     InvalidInputError("a", 1, "a str"),
        ...     InvalidInputError("b", 2, "a str"),
        ... ])
        Traceback (most recent call last):
        ...
        detachkit.errors.InvalidInputError: 'a' must be a str (got 1); and 1 more: ...
        """
        found = tuple(errors)
        if not found:
            return
        if len(found) == 1:
            raise found[0]
        first = found[0]
        raise InvalidInputError(first.field, first.value, first.allowed, errors=found)


class IncompleteResponsesError(InvalidInputError):
    """Too many checklist items were left unanswered to give a fair score.

    Attributes:
        missing: The ids of the unanswered items, in checklist order.
        max_missing: How many scored items may be left unanswered.
    """

    missing: tuple[str, ...]
    max_missing: int

    def __init__(self, missing: Iterable[str], max_missing: int) -> None:
        self.missing = tuple(missing)
        self.max_missing = max_missing
        super().__init__(
            "responses",
            f"{len(self.missing)} unanswered: {', '.join(self.missing)}",
            f"missing at most {max_missing} scored item(s)",
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.missing, self.max_missing), self.__dict__)


def _rebuild(
    cls: type[InvalidInputError],
    field: str,
    value: object,
    allowed: str,
    errors: tuple[InvalidInputError, ...],
) -> InvalidInputError:
    return cls(field, value, allowed, errors=errors)
