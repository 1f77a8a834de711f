"""The one error contract of detachkit.

Every kind of bad input raises :class:`InvalidInputError`, which is both a
:class:`DetachkitError` and a :class:`ValueError`. Its message names the
field, the bad value and what is allowed, and keeps all three as attributes
so an app can build its own message.

Every field is a path in one notation, the ``$.a.b[0]`` form cattrs uses
for structured data: ``$`` is the argument list of the function called (or
the record being built, or the JSON document being read), so an app can map
``$.responses.mood_shifts`` or ``$.statements[0].label`` to a form field.

>>> from detachkit import InvalidInputError
>>> err = InvalidInputError("contact", "sometimes", 'one of "none" or "low"')
>>> print(err)
'$.contact' must be one of "none" or "low" (got 'sometimes')
>>> err.field
'$.contact'
>>> [e.field for e in err.errors]
['$.contact']
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable

__all__ = ["DetachkitError", "IncompleteResponsesError", "InvalidInputError", "json_path"]

# Values as long as any id or ordinary statement are shown whole; only
# larger ones (a pasted megabyte) are shortened, and say how long they were.
_WHOLE_UP_TO = 200
_REPR = reprlib.Repr()
_REPR.maxstring = _WHOLE_UP_TO + 2
_REPR.maxother = _WHOLE_UP_TO
_REPR.maxlong = 60
_REPR.maxlist = _REPR.maxtuple = _REPR.maxset = _REPR.maxfrozenset = _REPR.maxdict = 20


def _describe_value(value: object) -> str:
    """Return a bounded, never-failing ``repr`` of *value* for messages."""
    if isinstance(value, (str, bytes)) and len(value) > _WHOLE_UP_TO:
        head = value[: _WHOLE_UP_TO // 2]
        return f"{head!r}... ({len(value):,} {'characters' if isinstance(value, str) else 'bytes'})"
    try:
        return _REPR.repr(value)
    except Exception:  # noqa: BLE001 (a hostile __repr__ must not hide the real error)
        return f"<{type(value).__name__} object>"


_RECORD_PREFIX = re.compile(r"[A-Z][A-Za-z0-9]*(?=\.|$)")
_KEY = re.compile(r"\[(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\")\]")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def json_path(field: str) -> str:
    """Write a field in the one path notation: ``$.responses.sleep``, ``$.items[0].id``.

    ``$`` is the root: the call's arguments, the record being built or the
    document being read. A record's own name in front of an attribute
    (``Boundary.limit``) is the root too, and a mapping key is a name after
    a dot when it can be one (``responses['sleep']`` is ``$.responses.sleep``),
    else in brackets and double quotes.

    >>> json_path("responses['mood_shifts']")
    '$.responses.mood_shifts'
    >>> json_path("Boundary.limit")
    '$.limit'
    >>> json_path("texts[2]")
    '$.texts[2]'
    >>> json_path("responses['two words']")
    '$.responses["two words"]'
    """
    if not isinstance(field, str):
        raise InvalidInputError("$.field", field, "a string such as \"responses['sleep']\"")
    if field.startswith("$"):
        return field
    rest = _RECORD_PREFIX.sub("", field, count=1)
    rest = _KEY.sub(_key_part, rest)
    if rest and rest[0] not in ".[":
        rest = "." + rest
    return "$" + rest


def _key_part(match: re.Match[str]) -> str:
    key = match.group(1) if match.group(1) is not None else match.group(2)
    if _NAME.match(key):
        return "." + key
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'["{escaped}"]'


class DetachkitError(Exception):
    """Base class of every error detachkit raises on purpose."""


class InvalidInputError(DetachkitError, ValueError):
    """Bad input: wrong type, out of range, unknown id or malformed data.

    Attributes:
        field: Where the bad value was found, a path such as
            ``"$.responses.sleep"`` (see :func:`json_path`).
        value: The bad value itself.
        allowed: What is allowed there, in words a JSON client understands.

    :attr:`errors` lists every problem found.
    """

    field: str
    value: object
    allowed: str

    def __init__(
        self,
        field: str,
        value: object,
        allowed: str,
        *,
        errors: Iterable[InvalidInputError] = (),
    ) -> None:
        self.field = json_path(field)
        self.value = value
        self.allowed = allowed
        found = tuple(errors)
        self._errors = found if len(found) > 1 else ()
        super().__init__(self._message())

    @property
    def errors(self) -> tuple[InvalidInputError, ...]:
        """Every problem found, each with its own field: one entry for one problem.

        Never empty; the first entry is this error's own problem.
        """
        return self._errors or (self,)

    def _message(self) -> str:
        head = f"{self.field!r} must be {self.allowed} (got {_describe_value(self.value)})"
        if self._errors:
            rest = "; ".join(err._message() for err in self._errors[1:])
            return f"{head}; and {len(self._errors) - 1} more: {rest}"
        return head

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild,
            (type(self), self.field, self.value, self.allowed, self._errors),
            self.__dict__,
        )

    @classmethod
    def collect(cls, errors: Iterable[InvalidInputError]) -> None:
        """Raise one error that reports every problem in *errors*, if any.

        The first problem gives the error its ``field``, ``value`` and
        ``allowed``; all of them are kept in ``errors``.

        >>> InvalidInputError.collect([])
        >>> InvalidInputError.collect([  # doctest: +ELLIPSIS
        ...     InvalidInputError("a", 1, "a string"),
        ...     InvalidInputError("b", 2, "a string"),
        ... ])
        Traceback (most recent call last):
        ...
        detachkit.errors.InvalidInputError: '$.a' must be a string (got 1); and 1 more: ...
        """
        found = tuple(leaf for err in errors for leaf in err.errors)
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
            "$.responses",
            f"{len(self.missing)} unanswered: {', '.join(self.missing)}",
            f"an object missing at most {max_missing} scored "
            f"{'item' if max_missing == 1 else 'items'}",
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
