"""The small validators behind the error contract."""

from __future__ import annotations

from datetime import timedelta

import pytest

from detachkit import ContactLevel, InvalidInputError
from detachkit._validation import (
    check_enum,
    check_int,
    check_number,
    check_timedelta,
    frozenset_of,
    number_in,
    optional,
    tuple_of,
)


def _int_check(field: str, value: object) -> None:
    check_int(field, value)


class TestCheckNumber:
    @pytest.mark.parametrize(
        ("low", "high", "allowed"),
        [
            (0, 1, "a finite number from 0 to 1"),
            (0, None, "a finite number >= 0"),
            (None, 1, "a finite number <= 1"),
            (None, None, "a finite number"),
        ],
    )
    def test_message_names_the_range(
        self, low: float | None, high: float | None, allowed: str
    ) -> None:
        """The allowed text states the range that applies."""
        with pytest.raises(InvalidInputError) as info:
            check_number("x", float("nan"), low=low, high=high)
        assert info.value.allowed == allowed

    def test_huge_int_is_refused_not_overflow(self) -> None:
        """An int too large for a float is invalid input, not an OverflowError."""
        with pytest.raises(InvalidInputError):
            check_number("x", 10**400)

    @pytest.mark.parametrize("value", [True, "1", None, float("inf"), -1])
    def test_refuses(self, value: object) -> None:
        """Bools, strings, None, infinities and out-of-range values are refused."""
        with pytest.raises(InvalidInputError):
            number_in(0, 10)("x", value)

    def test_accepts_ints_and_floats(self) -> None:
        """Ints and floats in range come back as floats."""
        assert check_number("x", 3, low=0) == 3.0
        assert check_number("x", 2.5, high=3) == 2.5


class TestOtherChecks:
    def test_int_range(self) -> None:
        """check_int refuses bools and values outside the range."""
        assert check_int("n", 3, low=0, high=5) == 3
        for bad in (True, 6, -1, 2.0):
            with pytest.raises(InvalidInputError):
                check_int("n", bad, low=0, high=5)

    def test_timedelta(self) -> None:
        """Negative, zero (when positive is asked) and non-timedeltas are refused."""
        assert check_timedelta("t", timedelta(0)) == timedelta(0)
        for bad, positive in ((timedelta(-1), False), (timedelta(0), True), (3, False)):
            with pytest.raises(InvalidInputError, match="timedelta"):
                check_timedelta("t", bad, positive=positive)

    def test_enum(self) -> None:
        """check_enum lists the allowed values and refuses their strings."""
        assert check_enum("c", ContactLevel.LOW, ContactLevel) is ContactLevel.LOW
        with pytest.raises(InvalidInputError, match='"none", "low", "regular" or "frequent"'):
            check_enum("c", "low", ContactLevel)

    def test_collections_report_each_bad_element(self) -> None:
        """tuple_of and frozenset_of name every bad element at once."""
        check = tuple_of(optional(_int_check), "ints")
        check("xs", (1, None, 2))
        with pytest.raises(InvalidInputError) as info:
            check("xs", (1, "a", "b"))
        assert [e.field for e in info.value.errors] == ["$.xs[1]", "$.xs[2]"]
        with pytest.raises(InvalidInputError, match=r"an array of ints \(a frozenset\)"):
            frozenset_of(_int_check, "ints")("s", {1})
        with pytest.raises(InvalidInputError, match=r"an array of ints \(a tuple\)"):
            check("xs", [1])
