"""The error contract under fuzzing: junk in, ``InvalidInputError`` out.

Every public function and record constructor is called with a valid
baseline in which one argument is replaced by arbitrary junk. The only
exception allowed is :class:`~detachkit.InvalidInputError`, and its message
must name the field.
"""

from __future__ import annotations

import inspect
import math
import pickle
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from enum import Enum
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import detachkit
from detachkit import (
    SIGNS_CHECKLIST,
    Boundary,
    BoundaryEvent,
    ContactLevel,
    ContactPlan,
    InvalidInputError,
    RelationshipKind,
    SupportPerson,
    analyze_entry,
    classify,
    estimate_recovery,
    fact_check,
    from_dict,
    from_json,
    next_steps,
    review_boundaries,
    score_signs,
    split_statements,
    to_json,
)
from detachkit.strategies import signs_responses

_NOW = datetime(2026, 5, 1, 12, 0)


def _classifier_words() -> list[str]:
    from detachkit._lexicon import PHRASES, TAGS

    words = set(TAGS) | {word for phrase, _ in PHRASES for word in phrase}
    words |= {
        "he",
        "she",
        "they",
        "i",
        "my",
        "me",
        "not",
        "don't",
        "never",
        ",",
        ".",
        "?",
        "!",
        '"',
        "'",
        "if",
        "when",
        "because",
        "and",
        "but",
        "which",
        "that",
        "12",
        "monday",
        "Dad",
        "lol",
        "😭",
        "-",
    }
    return sorted(words)


_CLASSIFIER_WORDS = _classifier_words()
# The small words the rules hinge on, drawn half the time so that rule
# contexts ("he did not ...", "if she ..., I will ...") come up often.
_FUNCTION_WORDS = (
    "he she they i you my me it not don't doesn't didn't do does did never always will "
    "'ll would was is are be feel felt like that as if when because and but so which "
    "who to for at in on of the a , . ? !"
).split()


class _Opaque:
    """An arbitrary object no function expects."""


class _WrongEnum(Enum):
    NONE = "none"
    ROMANTIC = "romantic"


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([float("nan"), float("inf"), -0.0, 1e308]),
    st.text(max_size=20),
    st.binary(max_size=10),
    st.lists(st.integers(), max_size=3),
    st.lists(st.text(max_size=5), max_size=3).map(tuple),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
    st.just(_Opaque()),
    st.sampled_from(list(_WrongEnum)),
    st.sampled_from(list(ContactLevel) + list(RelationshipKind)),
    st.datetimes(),
    st.datetimes(timezones=st.just(timezone.utc)),
    st.timedeltas(max_value=timedelta(0)),
    st.frozensets(st.text(max_size=3), max_size=2),
    st.just("a string where a sequence of strings belongs"),
)


def _examples() -> Iterator[object]:
    """Real results, from which every record type is collected."""
    assessment = score_signs({item.id: 2 for item in SIGNS_CHECKLIST.items})
    boundary = Boundary(id="b", limit="calling me at work", consequence="I will hang up")
    event = BoundaryEvent(boundary_id="b", when=_NOW, enforced=False, pressure_from="his dad")
    contact = ContactPlan(
        level=ContactLevel.LOW, exceptions=("school runs",), gradual_steps=("archive photos",)
    )
    support = SupportPerson(name="Ana", connected_to_them=False)
    entry = analyze_entry("He yelled at me on Friday. I feel like he hates me. I was scared.")
    yield from (assessment, boundary, event, contact, support)
    yield SIGNS_CHECKLIST
    yield detachkit.PROGRESS_CHECKLIST
    yield detachkit.DEFAULT_RECOVERY_MODEL
    yield estimate_recovery(
        timedelta(days=800),
        contact=ContactLevel.REGULAR,
        shared_circle=True,
        unresolved_trauma=True,
    )
    yield entry
    yield classify("He put his hands round my neck last night.")
    yield fact_check(
        "I feel anxious", facts=("He shouted at me on Monday", "He is cruel"), intensity=9
    )
    yield review_boundaries((boundary,), (event,))
    yield next_steps(
        assessment,
        contact_plan=contact,
        boundaries=(boundary,),
        events=(event,),
        support=(support,),
        journal=(entry,),
    )
    yield from detachkit.RULES.values()
    yield from detachkit.CUE_RULES.values()
    yield from detachkit.STEP_CONTENT.values()
    yield from detachkit.DEFAULT_RESOURCES


def _walk(obj: Any, seen: dict[type, object]) -> None:
    if attrs.has(type(obj)) and type(obj).__module__.startswith("detachkit"):
        seen.setdefault(type(obj), obj)
        for field in attrs.fields(type(obj)):
            _walk(getattr(obj, field.name), seen)
    elif isinstance(obj, (tuple, list, frozenset)):
        for item in obj:
            _walk(item, seen)


def _record_examples() -> dict[type, object]:
    seen: dict[type, object] = {}
    for example in _examples():
        _walk(example, seen)
    return seen


RECORDS = _record_examples()
PUBLIC_RECORDS: list[type[Any]] = sorted(
    (
        value
        for name in detachkit.__all__
        if isinstance(value := getattr(detachkit, name), type) and attrs.has(value)
    ),
    key=lambda cls: cls.__name__,
)


def _init_kwargs(obj: Any) -> dict[str, Any]:
    return {
        field.alias: getattr(obj, field.name) for field in attrs.fields(type(obj)) if field.init
    }


FUNCTIONS: dict[str, tuple[Callable[..., object], dict[str, Any]]] = {
    "score_signs": (
        detachkit.score_signs,
        {
            "responses": {
                "mood_shifts": 1,
                "body_pays": 2,
                "worse_after_contact": 0,
                "walking_on_eggshells": 1,
                "repeating_pattern": 1,
                "stopped_sharing": 0,
                "excess_stress": 1,
                "wellbeing_depends_on_them": 0,
                "victim_and_blame": 0,
                "best_friend_test": 1,
            }
        },
    ),
    "score_checklist": (
        detachkit.score_checklist,
        {
            "responses": {
                "feels_easier": 1,
                "boundaries_hold": 1,
                "contact_manageable": 1,
                "spot_patterns_early": 1,
                "both_can_be_true": 1,
            },
            "checklist": detachkit.PROGRESS_CHECKLIST,
        },
    ),
    "resources_for": (detachkit.resources_for, {"region": "US", "concerns": None}),
    "estimate_recovery": (
        detachkit.estimate_recovery,
        {
            "duration": timedelta(days=400),
            "kind": RelationshipKind.FAMILY,
            "contact": ContactLevel.LOW,
            "shared_circle": False,
            "unresolved_trauma": True,
            "model": detachkit.DEFAULT_RECOVERY_MODEL,
        },
    ),
    "attachment_remaining": (
        detachkit.attachment_remaining,
        {
            "elapsed": timedelta(days=90),
            "contact": ContactLevel.NONE,
            "model": detachkit.DEFAULT_RECOVERY_MODEL,
        },
    ),
    "recovery_progress": (
        detachkit.recovery_progress,
        {"estimate": estimate_recovery(timedelta(days=400)), "elapsed": timedelta(days=30)},
    ),
    "classify": (
        detachkit.classify,
        {"text": "I feel tired.", "resources": detachkit.DEFAULT_RESOURCES},
    ),
    "classify_many": (
        detachkit.classify_many,
        {"texts": ("I feel tired.", "He left."), "resources": detachkit.DEFAULT_RESOURCES},
    ),
    "split_statements": (detachkit.split_statements, {"entry": "He left. I cried."}),
    "analyze_entry": (
        detachkit.analyze_entry,
        {"entry": "He left. I cried.", "resources": detachkit.DEFAULT_RESOURCES},
    ),
    "fact_check": (
        detachkit.fact_check,
        {
            "feeling": "I feel guilty",
            "facts": ("She called twice",),
            "intensity": 5,
            "resources": detachkit.DEFAULT_RESOURCES,
        },
    ),
    "lint_boundary": (
        detachkit.lint_boundary,
        {"boundary": Boundary(id="b", limit="shouting at me", consequence="I will leave the room")},
    ),
    "review_boundaries": (
        detachkit.review_boundaries,
        {
            "boundaries": (Boundary(id="b", limit="x", consequence="I will go"),),
            "events": (BoundaryEvent(boundary_id="b", when=_NOW, enforced=True),),
        },
    ),
    "check_contact_plan": (
        detachkit.check_contact_plan,
        {"plan": ContactPlan(level=ContactLevel.NONE), "safety": frozenset()},
    ),
    "check_support": (
        detachkit.check_support,
        {"people": (SupportPerson(name="Ana", connected_to_them=False),)},
    ),
    "get_rule": (detachkit.get_rule, {"rule_id": next(iter(detachkit.RULES))}),
    "next_steps": (
        detachkit.next_steps,
        {
            "assessment": None,
            "contact_plan": None,
            "boundaries": (),
            "events": (),
            "support": (),
            "journal": (),
            "resources": detachkit.DEFAULT_RESOURCES,
        },
    ),
    "json_path": (detachkit.json_path, {"field": "responses['sleep']"}),
    "to_dict": (detachkit.to_dict, {"obj": detachkit.Reason(code="c", message="m")}),
    "to_json": (detachkit.to_json, {"obj": detachkit.Reason(code="c", message="m")}),
    "from_dict": (
        detachkit.from_dict,
        {"data": {"code": "c", "message": "m", "subject": None}, "cls": detachkit.Reason},
    ),
    "from_json": (
        detachkit.from_json,
        {"text": to_json(detachkit.Reason(code="c", message="m")), "cls": detachkit.Reason},
    ),
}
"""A valid call of every public function: each argument gets fuzzed in turn."""

# Arguments where any object is meaningful, so junk is not an error there.
_ANY_VALUE_OK = {("from_dict", "cls"), ("from_json", "cls")}


def _call_with_junk(
    func: Callable[..., object], kwargs: dict[str, Any], name: str, junk: object
) -> None:
    changed = {**kwargs, name: junk}
    try:
        func(**changed)
    except InvalidInputError as err:  # success is fine too: junk may be valid
        assert err.field, "the error names no field"  # noqa: PT017 (either outcome is allowed)
        assert repr(err.field) in str(err)  # noqa: PT017 (either outcome is allowed)
    except RecursionError:  # pragma: no cover - a failure, reported clearly
        pytest.fail(f"{func.__name__}({name}=...) recursed without limit")


class TestEveryPublicFunction:
    def test_every_public_function_is_fuzzed(self) -> None:
        """Each public function of the package has a baseline call here."""
        functions = {
            name for name in detachkit.__all__ if inspect.isfunction(getattr(detachkit, name))
        }
        assert functions - {"list_rules"} <= set(FUNCTIONS), functions - set(FUNCTIONS)

    @pytest.mark.parametrize("name", sorted(FUNCTIONS))
    def test_baseline_is_valid(self, name: str) -> None:
        """The baseline call itself succeeds (so junk is the only change)."""
        func, kwargs = FUNCTIONS[name]
        func(**kwargs)

    @pytest.mark.parametrize(
        ("name", "param"),
        [(name, param) for name, (_, kwargs) in sorted(FUNCTIONS.items()) for param in kwargs],
    )
    @settings(max_examples=60)
    @given(junk=JUNK)
    def test_junk_argument(self, name: str, param: str, junk: object) -> None:
        """Junk in any argument raises only InvalidInputError naming a field."""
        if (name, param) in _ANY_VALUE_OK:
            junk = junk if isinstance(junk, type) else type(junk)
        func, kwargs = FUNCTIONS[name]
        _call_with_junk(func, kwargs, param, junk)


class TestEveryRecord:
    def test_every_public_record_has_an_example(self) -> None:
        """Each public record type appears in the collected examples."""
        missing = [cls.__name__ for cls in PUBLIC_RECORDS if cls not in RECORDS]
        assert missing == []

    @pytest.mark.parametrize(
        ("cls", "field"),
        [(cls, field.alias) for cls in PUBLIC_RECORDS for field in attrs.fields(cls) if field.init],
        ids=lambda value: getattr(value, "__name__", str(value)),
    )
    @settings(max_examples=40)
    @given(junk=JUNK)
    def test_junk_field(self, cls: type, field: str, junk: object) -> None:
        """Junk in any constructor argument raises only InvalidInputError."""
        _call_with_junk(cls, _init_kwargs(RECORDS[cls]), field, junk)

    @pytest.mark.parametrize("cls", PUBLIC_RECORDS, ids=lambda c: c.__name__)
    def test_records_are_frozen_hashable_picklable(self, cls: type) -> None:
        """Records are immutable, hashable, picklable and round-trip through JSON."""
        example = RECORDS[cls]
        first = attrs.fields(cls)[0].name
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(example, first, getattr(example, first))
        assert hash(example) == hash(pickle.loads(pickle.dumps(example)))
        assert pickle.loads(pickle.dumps(example)) == example
        assert from_json(to_json(example), cls) == example


class TestHostileSerialised:
    @pytest.mark.parametrize("cls", PUBLIC_RECORDS, ids=lambda c: c.__name__)
    @settings(max_examples=30)
    @given(
        data=st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=8), inner, max_size=3)
            ),
            max_leaves=10,
        )
    )
    def test_from_dict_junk(self, cls: type, data: object) -> None:
        """from_dict on arbitrary JSON-like data raises only InvalidInputError."""
        try:
            from_dict(data, cls)
        except InvalidInputError as err:  # refusing is the only allowed failure
            assert err.field  # noqa: PT017 (either outcome is allowed)

    @pytest.mark.parametrize("cls", PUBLIC_RECORDS, ids=lambda c: c.__name__)
    def test_field_level_tampering(self, cls: type) -> None:
        """Replacing each top-level field with a wrong type is InvalidInputError."""
        good = detachkit.to_dict(RECORDS[cls])
        for key, value in good.items():
            wrong = "text" if not isinstance(value, str) else 12345
            with pytest.raises(InvalidInputError):
                from_dict({**good, key: wrong}, cls)

    def test_deep_nesting_and_huge_numbers(self) -> None:
        """Deep brackets and huge numbers are refused, never a crash or hang."""
        for text in (
            "[" * 100_000 + "]" * 100_000,
            '{"a":' * 50_000,
            "9" * 100_000,
            '{"schema_version": 1e999, "type": "Reason", "data": {}}',
        ):
            with pytest.raises(InvalidInputError):
                from_json(text, detachkit.Reason)


class TestDeterminismAndThreads:
    @given(signs_responses())
    def test_score_signs_deterministic(self, responses: dict[str, object]) -> None:
        """The same input gives an equal result every time."""
        assert score_signs(responses) == score_signs(dict(responses))

    @given(st.text(max_size=200))
    def test_classify_deterministic(self, text: str) -> None:
        """classify gives an equal result every time, for any text."""
        assert classify(text) == classify(text)

    @settings(max_examples=3000)
    @given(
        st.lists(
            st.one_of(st.sampled_from(_FUNCTION_WORDS), st.sampled_from(_CLASSIFIER_WORDS)),
            max_size=10,
        ).map(" ".join)
    )
    def test_classify_never_raises_on_its_own_words(self, text: str) -> None:
        """Word salad from the classifier's own lexicons never makes it raise.

        Random text rarely reaches deep rule branches; the lexicon words do.
        """
        result = classify(text)
        assert all(text[cue.start : cue.end] == cue.text for cue in result.cues)

    def test_threads_agree_with_single_thread(self) -> None:
        """classify and score_signs from eight threads match single-threaded results."""
        texts = [f"He called me {n} times and I feel awful." for n in range(40)]
        answers = [
            {item.id: (n + i) % 5 for i, item in enumerate(SIGNS_CHECKLIST.items)}
            for n in range(40)
        ]
        expected = ([classify(t) for t in texts], [score_signs(a) for a in answers])
        results: list[tuple[list[Any], list[Any]]] = []
        lock = threading.Lock()

        def work() -> None:
            got = ([classify(t) for t in texts], [score_signs(a) for a in answers])
            with lock:
                results.append(got)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(results) == 8
        assert all(result == expected for result in results)

    def test_scores_are_finite(self) -> None:
        """Scores and confidences are finite numbers."""
        assert math.isfinite(score_signs({i.id: 4 for i in SIGNS_CHECKLIST.items}).score)
        assert math.isfinite(classify("x").confidence)


_BLANKS = ("", " ", "\t\n", "\u00a0\u2003")


class TestJunkAcceptedBefore:
    """Inputs that used to pass silently are refused, naming the field."""

    @pytest.mark.parametrize("feeling", _BLANKS)
    def test_blank_feeling(self, feeling: str) -> None:
        """An empty or blank feeling gives the exercise nothing to check."""
        with pytest.raises(InvalidInputError) as info:
            fact_check(feeling)
        assert info.value.field == "$.feeling"

    @pytest.mark.parametrize("blank", _BLANKS)
    def test_blank_fact(self, blank: str) -> None:
        """A blank offered fact is refused at its index."""
        with pytest.raises(InvalidInputError) as info:
            fact_check("I feel used", ["He left at 9.", blank])
        assert info.value.field == "$.facts[1]"

    @pytest.mark.parametrize("blank", _BLANKS)
    @pytest.mark.parametrize("field", ["id", "limit", "consequence"])
    def test_blank_boundary_text(self, field: str, blank: str) -> None:
        """A boundary's id, limit and consequence need a non-space character."""
        values: dict[str, Any] = {
            "id": "calls",
            "limit": "calling after 10 pm",
            "consequence": "I mute it",
        }
        with pytest.raises(InvalidInputError) as info:
            Boundary(**{**values, field: blank})
        assert info.value.field == f"$.{field}"

    @pytest.mark.parametrize("blank", _BLANKS)
    def test_blank_support_name(self, blank: str) -> None:
        """A support person needs a name."""
        with pytest.raises(InvalidInputError) as info:
            SupportPerson(name=blank, connected_to_them=False)
        assert info.value.field == "$.name"

    @pytest.mark.parametrize(
        ("call", "field"),
        [
            (detachkit.classify_many, "$.texts"),
            (lambda m: fact_check("I feel used", m), "$.facts"),
            (analyze_entry, "$.entry"),
            (split_statements, "$.entry"),
            (lambda m: next_steps(journal=m), "$.journal"),
            (lambda m: review_boundaries(m, ()), "$.boundaries"),
            (detachkit.check_support, "$.people"),
        ],
    )
    def test_mapping_where_a_list_belongs(
        self, call: Callable[[object], object], field: str
    ) -> None:
        """Iterating a mapping's keys would be a silent guess: it is refused."""
        with pytest.raises(InvalidInputError) as info:
            call({"He left.": 1, "I cried.": 2})
        assert info.value.field == field

    @pytest.mark.parametrize(
        ("call", "field"),
        [
            (classify, "$.text"),
            (lambda b: detachkit.classify_many([b]), "$.texts[0]"),
            (analyze_entry, "$.entry"),
            (split_statements, "$.entry"),
            (fact_check, "$.feeling"),
            (lambda b: fact_check("I feel used", [b]), "$.facts[0]"),
            (lambda b: Boundary(id="b", limit=b, consequence="I go"), "$.limit"),
            (lambda b: Boundary(id=b, limit="x", consequence="I go"), "$.id"),
            (lambda b: SupportPerson(name=b, connected_to_them=True), "$.name"),
            (detachkit.resources_for, "$.region"),
            (lambda b: score_signs({b: 1}), "$.responses"),
        ],
    )
    def test_bytes_where_text_belongs(self, call: Callable[[bytes], object], field: str) -> None:
        """Bytes are not text: they are refused wherever a str is expected."""
        with pytest.raises(InvalidInputError) as info:
            call(b"He yelled at me.")
        assert info.value.field.startswith(field)


class TestOneErrorShape:
    def test_single_problem_lists_itself(self) -> None:
        """One problem gives one entry in errors, the error itself."""
        with pytest.raises(InvalidInputError) as info:
            score_signs({"mood_shifts": 7})
        assert info.value.errors == (info.value,)
        assert info.value.field == "$.responses.mood_shifts"

    def test_several_problems_each_listed_once(self) -> None:
        """Several problems: every one listed once, the first not repeated."""
        with pytest.raises(InvalidInputError) as info:
            score_signs({"mood_shifts": 7, "no_such_item": 1, "body_pays": "often"})
        fields = [err.field for err in info.value.errors]
        assert fields == [
            "$.responses.mood_shifts",
            "$.responses.no_such_item",
            "$.responses.body_pays",
        ]
        assert all(err.errors == (err,) for err in info.value.errors)

    def test_long_ids_are_not_cut(self) -> None:
        """An unknown id of ordinary length is shown whole in the message."""
        item_id = "worse_after_time_with_them_and_blame_yourself_for_everything"
        with pytest.raises(InvalidInputError) as info:
            score_signs({item_id: 1})
        assert repr(item_id) in str(info.value)
        assert '"best_friend_test"' in info.value.allowed

    def test_huge_values_are_shortened_with_their_size(self) -> None:
        """A megabyte of junk is shown as a head and its length, not in full."""
        with pytest.raises(InvalidInputError) as info:
            detachkit.resources_for("x" * 1_000_000)
        assert len(str(info.value)) < 2_000
        assert "1,000,000 characters" in str(info.value)

    @pytest.mark.parametrize(
        ("call", "words"),
        [
            (lambda: score_signs({"mood_shifts": 7}), ("integer", "true", "false")),
            (
                lambda: Boundary(id="b", limit="x", consequence="y", communicated=1),  # type: ignore[arg-type]
                ("boolean",),
            ),
            (
                lambda: estimate_recovery(timedelta(days=9), contact="often"),  # type: ignore[arg-type]
                ('"none"', '"low"'),
            ),
        ],
    )
    def test_allowed_speaks_json(self, call: Callable[[], object], words: tuple[str, ...]) -> None:
        """Allowed values name JSON types and values, Python names in parentheses at most."""
        with pytest.raises(InvalidInputError) as info:
            call()
        assert all(word in info.value.allowed for word in words)
        assert "True" not in info.value.allowed.split("(")[0]

    def test_one_notation_for_arguments_records_and_documents(self) -> None:
        """Function arguments, record fields and JSON documents share the $ notation."""
        with pytest.raises(InvalidInputError) as by_call:
            classify(3)  # type: ignore[arg-type]
        with pytest.raises(InvalidInputError) as by_record:
            SupportPerson(name="", connected_to_them=True)
        with pytest.raises(InvalidInputError) as by_document:
            from_dict({"code": "c", "message": 3, "subject": None}, detachkit.Reason)
        assert [by_call.value.field, by_record.value.field, by_document.value.field] == [
            "$.text",
            "$.name",
            "$.message",
        ]
