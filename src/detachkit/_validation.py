"""Small validators that keep the error contract.

Stock attrs validators raise plain ``TypeError``/``ValueError``; these raise
:class:`~detachkit.errors.InvalidInputError` naming the field, the value and
what is allowed. Each check is a function ``(field, value) -> None``;
:func:`field_check` adapts one to an attrs validator whose field name is
``ClassName.attribute``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from datetime import timedelta
from enum import Enum
from typing import Any, NoReturn, TypeVar

from detachkit.errors import InvalidInputError

__all__ = [
    "Check",
    "check_bool",
    "check_enum",
    "check_id",
    "check_int",
    "check_number",
    "check_str",
    "check_text",
    "check_timedelta",
    "enum_member",
    "enum_values",
    "fail",
    "field_check",
    "frozenset_of",
    "gather",
    "instance_of",
    "invariant",
    "json_choices",
    "number_in",
    "optional",
    "records",
    "trusted",
    "trusted_builder",
    "tuple_of",
]

Check = Callable[[str, object], None]
E = TypeVar("E", bound=Enum)
R = TypeVar("R")


def trusted(cls: type[R], /, **values: object) -> R:
    """Build a frozen record from values detachkit itself produced.

    Validators exist to keep bad input out; running them again on values the
    library just computed from validated input only costs time on hot paths
    (scoring, classifying). The result is indistinguishable from one built
    through ``cls(...)``: every field must be given.
    """
    record = object.__new__(cls)
    for name, value in values.items():
        object.__setattr__(record, name, value)
    return record


def trusted_builder(cls: type[R], *names: str) -> Callable[..., R]:
    """A positional :func:`trusted` for hot loops that build many records.

    ``trusted_builder(Cue, "kind", "text")(kind, text)`` sets the named slots
    in order; every field of the slotted class must be named.
    """
    setters = tuple(cls.__dict__[name].__set__ for name in names)

    def build(*values: object) -> R:
        record = object.__new__(cls)
        for setter, value in zip(setters, values, strict=True):
            setter(record, value)
        return record

    return build


def fail(field: str, value: object, allowed: str) -> NoReturn:
    """Raise the contract's error for *field*."""
    raise InvalidInputError(field, value, allowed)


def invariant(holds: bool, field: str, value: object, rule: str) -> None:
    """Refuse a record that breaks one of its invariants, naming the rule.

    Results carry their own consistency rules ("safety is reported exactly
    when the band is safety_first"): a stored result edited by hand, or a
    record built from mismatched parts, is refused rather than trusted.
    """
    if not holds:
        fail(field, value, f"consistent with the rule: {rule}")


def json_choices(values: Iterable[object]) -> str:
    """Name the allowed values as JSON writes them: ``one of "none", "low" or "high"``.

    >>> json_choices(["none", "low", "high"])
    'one of "none", "low" or "high"'
    >>> json_choices([0, 1])
    'one of 0 or 1'
    """
    written = [json.dumps(value, ensure_ascii=False) for value in values]
    if not written:
        return "nothing (none are defined)"
    if len(written) == 1:
        return f"exactly {written[0]}"
    return f"one of {', '.join(written[:-1])} or {written[-1]}"


def gather(*checks: Callable[[], object]) -> None:
    """Run every check and raise one error listing every problem found."""
    errors = []
    for check in checks:
        try:
            check()
        except InvalidInputError as err:
            errors.append(err)
    InvalidInputError.collect(errors)


def enum_values(enum_cls: type[Enum]) -> str:
    """Describe an enum's allowed values for a JSON client, naming the Python type.

    >>> from detachkit import ContactLevel
    >>> enum_values(ContactLevel)
    'one of "none", "low", "regular" or "frequent" (a ContactLevel)'
    """
    return f"{json_choices(member.value for member in enum_cls)} (a {enum_cls.__name__})"


def check_enum(field: str, value: object, enum_cls: type[E]) -> E:
    """Return *value* if it is a member of *enum_cls*, else raise."""
    if isinstance(value, enum_cls):
        return value
    fail(field, value, enum_values(enum_cls))


def check_bool(field: str, value: object) -> None:
    """Require a real ``bool`` (``0``, ``1`` and ``"yes"`` are not bools)."""
    if not isinstance(value, bool):
        fail(field, value, "a boolean (true or false)")


def check_str(field: str, value: object) -> None:
    """Require a ``str``, possibly empty (``bytes`` are not text)."""
    if not isinstance(value, str):
        fail(field, value, "a string")


def check_text(field: str, value: object) -> None:
    """Require a ``str`` with at least one non-space character."""
    if not isinstance(value, str) or not value.strip():
        fail(field, value, "a string with at least one non-space character")


def check_id(field: str, value: object) -> None:
    """Require an identifier: a non-empty ``str`` without surrounding spaces."""
    if not isinstance(value, str) or not value or value != value.strip():
        fail(field, value, "a non-empty string id without surrounding spaces")


def check_number(
    field: str, value: object, *, low: float | None = None, high: float | None = None
) -> float:
    """Require a finite real number (not a bool) within ``[low, high]``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        fail(field, value, _range_text("a finite number", low, high))
    try:
        number = float(value)
    except OverflowError:
        fail(field, value, _range_text("a finite number", low, high))
    if (
        math.isnan(number)
        or math.isinf(number)
        or (low is not None and number < low)
        or (high is not None and number > high)
    ):
        fail(field, value, _range_text("a finite number", low, high))
    return number


def number_in(low: float | None = None, high: float | None = None) -> Check:
    """A check for a finite number within ``[low, high]``."""

    def check_range(field: str, value: object) -> None:
        check_number(field, value, low=low, high=high)

    return check_range


def check_int(field: str, value: object, *, low: int | None = None, high: int | None = None) -> int:
    """Require an ``int`` (not a bool) within ``[low, high]``."""
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or (low is not None and value < low)
        or (high is not None and value > high)
    ):
        fail(field, value, _range_text("an integer", low, high))
    return value


def check_timedelta(field: str, value: object, *, positive: bool = False) -> timedelta:
    """Require a ``timedelta`` that is non-negative (or positive)."""
    zero = timedelta(0)
    if not isinstance(value, timedelta) or value < zero or (positive and value == zero):
        fail(field, value, f"a {'positive' if positive else 'non-negative'} duration (a timedelta)")
    return value


def tuple_of(check: Check, what: str) -> Check:
    """Check a ``tuple`` whose every element passes *check*.

    A ``str`` or a ``list`` is refused: records hold tuples so that they stay
    immutable and hashable.
    """

    def check_tuple(field: str, value: object) -> None:
        if not isinstance(value, tuple):
            fail(field, value, f"an array of {what} (a tuple)")
        InvalidInputError.collect(_element_errors(check, field, value))

    return check_tuple


def frozenset_of(check: Check, what: str) -> Check:
    """Check a ``frozenset`` whose every element passes *check*."""

    def check_frozenset(field: str, value: object) -> None:
        if not isinstance(value, frozenset):
            fail(field, value, f"an array of {what} (a frozenset)")
        InvalidInputError.collect(_element_errors(check, field, tuple(value)))

    return check_frozenset


def _element_errors(
    check: Check, field: str, values: tuple[object, ...]
) -> list[InvalidInputError]:
    errors = []
    for index, element in enumerate(values):
        try:
            check(f"{field}[{index}]", element)
        except InvalidInputError as err:
            errors.append(err)
    return errors


def instance_of(cls: type[object]) -> Check:
    """Check that a value is an instance of *cls*."""

    def check_instance(field: str, value: object) -> None:
        if not isinstance(value, cls):
            fail(field, value, f"an object describing a {cls.__name__}")

    return check_instance


def enum_member(enum_cls: type[Enum]) -> Check:
    """Check that a value is a member of *enum_cls*."""

    def check_member(field: str, value: object) -> None:
        check_enum(field, value, enum_cls)

    return check_member


def records(cls: type[object]) -> Check:
    """Check a ``tuple`` of *cls* instances (a record's collection field)."""
    return tuple_of(instance_of(cls), cls.__name__)


def optional(check: Check) -> Check:
    """Let ``None`` through, else apply *check*."""

    def check_optional(field: str, value: object) -> None:
        if value is not None:
            check(field, value)

    return check_optional


def field_check(check: Check) -> Callable[[Any, Any, Any], None]:
    """Adapt *check* to an attrs validator naming the attribute (``$.limit``)."""

    def validate(instance: object, attribute: Any, value: object) -> None:
        check(f"$.{attribute.name}", value)

    return validate


def _range_text(kind: str, low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{kind} from {low} to {high}"
    if low is not None:
        return f"{kind} >= {low}"
    if high is not None:
        return f"{kind} <= {high}"
    return kind
