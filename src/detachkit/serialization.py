"""Turn detachkit records into plain data and JSON, and back.

One private cattrs converter does the work. It is strict: extra keys, a
string where a list belongs, a float where an int belongs or an unknown
enum value raise :class:`~detachkit.errors.InvalidInputError` naming the
path (``$.reasons[0].code``). JSON text carries a schema version and the
type name, so a stored result cannot be read back as something else.

cattrs is imported on first use, so ``import detachkit`` stays cheap.

>>> from detachkit import Reason, from_json, to_json
>>> text = to_json(Reason(code="example", message="An example."))
>>> text[:60]
'{"schema_version": 3, "type": "Reason", "data": {"code": "ex'
>>> from_json(text, Reason)
Reason(code='example', message='An example.', subject=None)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from enum import Enum, IntEnum
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, get_args, get_origin

import attrs

from detachkit.errors import InvalidInputError
from detachkit.errors import _describe_value as describe_value

if TYPE_CHECKING:
    import cattrs

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

SCHEMA_VERSION = 3
"""Version of the JSON layout written by :func:`to_json`."""

T = TypeVar("T")

_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def _is_detachkit_type(cls: object) -> bool:
    return isinstance(cls, type) and attrs.has(cls) and cls.__module__.split(".")[0] == "detachkit"


def _strict(kind: type, allowed: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if kind is float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"expected {allowed}, got {describe_value(value)}")
            return float(value)
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {allowed}, got {describe_value(value)}")
        if not isinstance(value, kind):
            raise TypeError(f"expected {allowed}, got {describe_value(value)}")
        return value

    return structure


def _structure_timedelta(value: Any, _: Any) -> timedelta:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an int of microseconds, got {describe_value(value)}")
    return timedelta(microseconds=value)


def _structure_datetime(value: Any, _: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 datetime string, got {describe_value(value)}")
    return datetime.fromisoformat(value)


def _structure_date(value: Any, _: Any) -> date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {describe_value(value)}")
    return date.fromisoformat(value)


def _is_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, Enum)


@cache
def _structure_enum(kind: Any) -> Callable[[Any, Any], Any]:
    values = {member.value: member for member in kind}
    allowed = f"one of {tuple(values)!r}"

    def structure(value: Any, _: Any) -> Any:
        member = values.get(value) if not isinstance(value, (bool, list, dict)) else None
        if member is None or type(value) is not type(member.value):
            raise ValueError(f"expected {allowed}, got {describe_value(value)}")
        return member

    return structure


def _is_collection(kind: Any) -> bool:
    return get_origin(kind) in (tuple, frozenset)


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@cache
def _converter() -> cattrs.Converter:
    import cattrs
    from cattrs.errors import IterableValidationError, IterableValidationNote

    converter = cattrs.Converter(forbid_extra_keys=True)
    primitives = ((str, "a string"), (int, "an integer"), (bool, "a boolean"), (float, "a number"))
    for kind, allowed in primitives:
        converter.register_structure_hook(kind, _strict(kind, allowed))

    converter.register_unstructure_hook(timedelta, lambda td: td // timedelta(microseconds=1))
    converter.register_structure_hook(timedelta, _structure_timedelta)
    converter.register_unstructure_hook(datetime, datetime.isoformat)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(date, _structure_date)

    def unstructure_collection(kind: Any) -> Callable[[Any], list[Any]]:
        (element, *_) = get_args(kind) or (Any,)
        inner = converter.get_unstructure_hook(element)
        if get_origin(kind) is frozenset:
            return lambda values: sorted((inner(v) for v in values), key=_sort_key)
        return lambda values: [inner(v) for v in values]

    def structure_collection(kind: Any) -> Callable[[Any, Any], Any]:
        (element, *_) = get_args(kind) or (Any,)
        inner = converter.get_structure_hook(element)
        origin = get_origin(kind)

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, (list, tuple)):
                raise TypeError(f"expected a list, got {describe_value(value)}")
            items, errors = [], []
            for index, element_value in enumerate(value):
                try:
                    items.append(inner(element_value, element))
                except Exception as exc:  # noqa: BLE001 (gathered and re-raised below)
                    note = IterableValidationNote(f"@ index {index}", index, element)
                    # Exception.add_note is Python 3.11+; the attribute works on 3.10 too.
                    exc.__notes__ = [*getattr(exc, "__notes__", []), note]  # type: ignore[attr-defined]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {kind!r}", errors, kind)
            return frozenset(items) if origin is frozenset else tuple(items)

        return structure

    converter.register_structure_hook_factory(_is_enum, _structure_enum)
    # IntEnum is also an int: without this, the int hook above would claim it.
    converter.register_structure_hook(
        IntEnum, lambda value, kind: _structure_enum(kind)(value, kind)
    )
    converter.register_unstructure_hook_factory(_is_collection, unstructure_collection)
    converter.register_structure_hook_factory(_is_collection, structure_collection)
    return converter


def _check_type(cls: object) -> None:
    if not _is_detachkit_type(cls):
        raise InvalidInputError("cls", cls, "a detachkit record type such as Assessment")


def to_dict(obj: object) -> dict[str, Any]:
    """Turn a detachkit record into JSON-compatible plain data.

    >>> from detachkit import Reason
    >>> to_dict(Reason(code="x", message="A message."))
    {'code': 'x', 'message': 'A message.', 'subject': None}
    """
    if not _is_detachkit_type(type(obj)):
        raise InvalidInputError("obj", obj, "a detachkit record such as an Assessment")
    data: dict[str, Any] = _converter().unstructure(obj)
    return data


def from_dict(data: object, cls: type[T]) -> T:
    """Build a *cls* from plain data, as made by :func:`to_dict`.

    Raises:
        InvalidInputError: naming the path of the first problem, with every
            problem listed in ``errors``.

    >>> from detachkit import Reason
    >>> from_dict({"code": "x", "message": "A message.", "subject": None}, Reason)
    Reason(code='x', message='A message.', subject=None)
    >>> from_dict({"code": "x", "message": 3, "subject": None}, Reason)
    Traceback (most recent call last):
    ...
    detachkit.errors.InvalidInputError: '$.message' must be a string (got 3)
    """
    _check_type(cls)
    if not isinstance(data, dict):
        raise InvalidInputError("$", data, f"an object describing a {cls.__name__} (a dict)")
    import cattrs

    try:
        return _converter().structure(data, cls)
    except cattrs.BaseValidationError as exc:
        raise _translate(exc, data) from None
    except RecursionError:
        raise InvalidInputError("$", "<deeply nested data>", "data nested less deeply") from None


def to_json(obj: object) -> str:
    """Serialise a detachkit record as JSON with a schema version.

    The text is an object with ``schema_version``, ``type`` (the class name)
    and ``data`` (what :func:`to_dict` returns).
    """
    data = to_dict(obj)
    envelope = {"schema_version": SCHEMA_VERSION, "type": type(obj).__name__, "data": data}
    return json.dumps(envelope, ensure_ascii=False, allow_nan=False)


def from_json(text: object, cls: type[T]) -> T:
    """Read a *cls* back from JSON written by :func:`to_json`.

    Malformed JSON, another schema version, another type or bad data raise
    :class:`~detachkit.errors.InvalidInputError`.
    """
    _check_type(cls)
    if not isinstance(text, (str, bytes, bytearray)):
        raise InvalidInputError("text", text, "JSON text (a str, or UTF-8 bytes)")
    try:
        envelope = json.loads(text)
    except (ValueError, RecursionError) as exc:
        detail = type(exc).__name__ if isinstance(exc, RecursionError) else str(exc)
        raise InvalidInputError("text", text, f"well-formed JSON ({detail})") from None
    if not isinstance(envelope, dict) or set(envelope) != {"schema_version", "type", "data"}:
        raise InvalidInputError(
            "$", envelope, "an object with exactly 'schema_version', 'type' and 'data'"
        )
    version = envelope["schema_version"]
    if version != SCHEMA_VERSION or isinstance(version, bool):
        raise InvalidInputError("$.schema_version", version, f"{SCHEMA_VERSION}")
    if envelope["type"] != cls.__name__:
        raise InvalidInputError("$.type", envelope["type"], repr(cls.__name__))
    return from_dict(envelope["data"], cls)


def _translate(exc: BaseException, data: object) -> InvalidInputError:
    errors = [_leaf_error(leaf, path, data) for leaf, path in _leaves(exc, "$")]
    first = errors[0]
    return InvalidInputError(first.field, first.value, first.allowed, errors=errors)


def _leaves(exc: BaseException, path: str) -> Iterator[tuple[BaseException, str]]:
    """Walk cattrs' exception groups down to the failures, with their paths."""
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        IterableValidationError,
    )

    if not isinstance(exc, (ClassValidationError, IterableValidationError)):
        yield exc, path
        return
    with_notes, without_notes = exc.group_exceptions()
    for inner, note in with_notes:
        if isinstance(note, AttributeValidationNote):
            yield from _leaves(inner, f"{path}.{note.name}")
        else:
            yield from _leaves(inner, f"{path}[{note.index!r}]")
    for inner in without_notes:
        yield from _leaves(inner, path)


def _leaf_error(exc: BaseException, path: str, data: object) -> InvalidInputError:
    from cattrs.errors import ForbiddenExtraKeysError

    if isinstance(exc, InvalidInputError):
        # Raised by a record's own validator, relative to that record:
        # "$.attr[0]" inside the record at path becomes path + ".attr[0]".
        return InvalidInputError(path + exc.field.removeprefix("$"), exc.value, exc.allowed)
    if isinstance(exc, ForbiddenExtraKeysError):
        return InvalidInputError(path, sorted(exc.extra_fields), "an object without extra keys")
    if isinstance(exc, KeyError):
        return InvalidInputError(path, _MISSING, "present (a required field)")
    message = str(exc)
    if message.startswith("expected "):
        allowed = message.removeprefix("expected ").rsplit(", got ", 1)[0]
        return InvalidInputError(path, _lookup(data, path), allowed)
    return InvalidInputError(path, _lookup(data, path), f"valid ({type(exc).__name__}: {message})")


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


def _lookup(data: object, path: str) -> object:
    """Find the value at a path such as ``$.items[2].id``."""
    value: Any = data
    for name, index in _PATH_PART.findall(path.removeprefix("$")):
        try:
            value = value[name] if name else value[int(index)]
        except (KeyError, IndexError, TypeError, ValueError):
            return _MISSING
    return value
