"""Tests for detachkit.factfeeling: classify, split, analyse, fact check."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from detachkit import InvalidInputError, SafetyConcern, from_json, to_json
from detachkit.factfeeling import (
    Classification,
    Cue,
    CueKind,
    EntryAnalysis,
    FactCheck,
    LabelCounts,
    StatementKind,
    ThinkingTrap,
    analyze_entry,
    classify,
    classify_many,
    fact_check,
    split_statements,
)
from detachkit.strategies._factfeeling import (
    feeling_intensities,
    journal_entries,
    statements,
)

ROOT = Path(__file__).resolve().parents[1]
DEV_SET = ROOT.parent / "shared" / "data" / "factfeeling_dev.jsonl"
FRESH_SET = ROOT / "tests" / "data" / "factfeeling_fresh.jsonl"
LABELS = ("fact", "feeling", "interpretation", "mixed", "other")


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        pytest.skip(f"labeled set {path} is not available in this checkout")
    return [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def _macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=False) if g == p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=False) if p == label != g)
        fn = sum(1 for g, p in zip(gold, pred, strict=False) if g == label != p)
        if tp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn)
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def _safety_figures(rows: list[dict[str, str]]) -> tuple[dict[str, float], float]:
    results = [classify(row["text"]) for row in rows]
    recall = {}
    for flag in ("self_harm", "violence"):
        wanted = [r for r, row in zip(results, rows, strict=False) if row["safety"] == flag]
        caught = sum(1 for r in wanted if SafetyConcern(flag) in r.safety)
        recall[flag] = caught / len(wanted) if wanted else 1.0
    false = sum(
        1
        for r, row in zip(results, rows, strict=False)
        if any(c.value != row["safety"] for c in r.safety)
    )
    return recall, false / len(rows)


def _assert_valid(result: Classification, text: str) -> None:
    assert result.text == text
    assert 0 <= result.confidence <= 1
    for cue in result.cues:
        assert 0 <= cue.start <= cue.end <= len(text)
        assert text[cue.start : cue.end] == cue.text
    # The validating constructor accepts exactly what classify built.
    assert attrs.evolve(result) == result


class TestClassify:
    """classify(text)."""

    @pytest.mark.parametrize(
        ("text", "label"),
        [
            ("She left my birthday dinner at 8:15 without a word.", "fact"),
            ("My sister told me I was being dramatic.", "fact"),
            ("I unfollowed her on every app this morning.", "fact"),
            ("I'm gutted.", "feeling"),
            ("My shoulders are up by my ears again.", "feeling"),
            ("Honestly just really tired today", "feeling"),
            ("I feel like screaming into a pillow.", "feeling"),
            ("I feel like nobody at work respects me.", "interpretation"),
            ("I feel so manipulated.", "interpretation"),
            ("My flatmate is completely selfish.", "interpretation"),
            ("He'll never change.", "interpretation"),
            ("Maybe she's just busy with the new job.", "interpretation"),
            ("I was humiliated when he laughed at my dress in front of his friends.", "mixed"),
            ("I'm nervous because he's going to be furious.", "mixed"),
            ("Do I have to go to the reunion?", "other"),
            ("Next Sunday I will tell Dad I'm not coming.", "other"),
            ("Hey journal.", "other"),
        ],
    )
    def test_labels_own_statements(self, text: str, label: str) -> None:
        """Statements written for this test get the label LABELING.md gives them."""
        assert classify(text).label.value == label

    def test_faux_feeling_names_underlying_feelings(self) -> None:
        """A faux feeling lists the feelings that may lie underneath it (NVC)."""
        result = classify("I feel totally abandoned.")
        assert result.label is StatementKind.INTERPRETATION
        assert set(result.underlying_feelings) == {"scared", "hurt", "lonely"}

    def test_traps_tagged_on_interpretations(self) -> None:
        """Absolutes and predictions tag overgeneralisation and fortune telling."""
        assert ThinkingTrap.OVERGENERALISATION in classify("He always forgets me.").traps
        assert ThinkingTrap.FORTUNE_TELLING in classify("She'll leave me eventually.").traps

    def test_mixed_has_two_parts(self) -> None:
        """A mixed label lists at least two claim kinds in parts."""
        result = classify("He yelled at me in the car and I was shaking.")
        assert result.label is StatementKind.MIXED
        assert {StatementKind.FACT, StatementKind.FEELING} <= result.parts

    @pytest.mark.parametrize(
        ("text", "concern"),
        [
            ("Sometimes I think my family would be better off without me.", "self_harm"),
            ("I keep wishing I could fall asleep and not wake up.", "self_harm"),
            ("My ex shoved me into the bookcase.", "violence"),
            ("He said he'd hurt me if I ever left.", "violence"),
            ("I'm afraid he'll hit me again when he's drunk.", "violence"),
        ],
    )
    def test_safety_flags(self, text: str, concern: str) -> None:
        """Self-harm and violence are flagged, including indirect phrasing."""
        assert SafetyConcern(concern) in classify(text).safety

    @pytest.mark.parametrize(
        "text",
        [
            "This commute is killing me.",
            "I'm dying to get out of this town.",
            "I could kill him for losing my charger.",
            "She'd murder me if I forgot her birthday.",
            "The realisation hit me on the bus.",
        ],
    )
    def test_idioms_are_not_flagged(self, text: str) -> None:
        """Deadly or violent idioms are no safety concern (LABELING.md)."""
        assert classify(text).safety == frozenset()

    def test_rendering_shows_safety(self) -> None:
        """str and HTML show the label, and the safety banner when flagged."""
        result = classify("He punched the wall next to my head.")
        assert "violence" in str(result)
        assert "Safety comes first" in str(result)
        assert "violence" in result._repr_html_()

    def test_non_str_is_invalid(self) -> None:
        """A non-str argument raises InvalidInputError naming it."""
        with pytest.raises(InvalidInputError, match="'text'"):
            classify(b"bytes")  # type: ignore[arg-type]

    @given(st.text())
    def test_any_text_gives_valid_classification(self, text: str) -> None:
        """Law (DESIGN.md): any str gives a valid Classification whose cue spans match."""
        _assert_valid(classify(text), text)

    @given(statements())
    def test_deterministic(self, text: str) -> None:
        """Law (DESIGN.md): classify is deterministic."""
        assert classify(text) == classify(text)

    @given(statements())
    def test_json_round_trip(self, text: str) -> None:
        """Law (DESIGN.md): every public type round-trips through JSON exactly."""
        result = classify(text)
        assert from_json(to_json(result), Classification) == result

    def test_large_entry(self) -> None:
        """A 1 MB statement is handled (linear time, no backtracking)."""
        text = "he said I always ruin everything and I feel so used! " * 20_000
        result = classify(text)
        assert result.text == text


class TestClassifyMany:
    """classify_many(texts)."""

    def test_in_order(self) -> None:
        """Results come back in input order."""
        labels = [c.label.value for c in classify_many(["I'm scared.", "He left at noon."])]
        assert labels == ["feeling", "fact"]

    def test_str_refused(self) -> None:
        """A single str is refused rather than read letter by letter."""
        with pytest.raises(InvalidInputError, match="'texts'"):
            classify_many("I am sad")

    def test_non_str_item_refused(self) -> None:
        """A non-str item is named by its index."""
        with pytest.raises(InvalidInputError, match=r"texts\[1\]"):
            classify_many(["fine", 3])  # type: ignore[list-item]


class TestSplitStatements:
    """split_statements(entry)."""

    def test_splits_sentences_and_lines(self) -> None:
        """Sentences and line breaks split; times and abbreviations do not."""
        entry = "Dr. Patel called at 4 p.m. today. I cried!\nWhy now?"
        assert split_statements(entry) == (
            "Dr. Patel called at 4 p.m. today.",
            "I cried!",
            "Why now?",
        )

    def test_empty(self) -> None:
        """An empty or blank entry has no statements."""
        assert split_statements("  \n ") == ()

    def test_non_str(self) -> None:
        """A non-str entry is invalid input."""
        with pytest.raises(InvalidInputError, match="'entry'"):
            split_statements(None)  # type: ignore[arg-type]

    @given(journal_entries())
    def test_pieces_come_from_entry(self, entry: str) -> None:
        """Every statement is a trimmed, non-empty piece of the entry."""
        for piece in split_statements(entry):
            assert piece and piece == piece.strip() and piece in entry


class TestAnalyzeEntry:
    """analyze_entry(entry)."""

    def test_counts_and_safety(self) -> None:
        """Counts add up per label and safety is the union over statements."""
        result = analyze_entry("He slapped me on Friday. I'm terrified. He thinks he's the victim.")
        assert result.counts.total == 3
        assert result.counts[StatementKind.FEELING] == 1
        assert SafetyConcern.VIOLENCE in result.safety
        assert "Safety comes first" in str(result)
        assert "violence" in result._repr_html_()

    def test_non_str(self) -> None:
        """A non-str entry is invalid input."""
        with pytest.raises(InvalidInputError, match="'entry'"):
            analyze_entry(42)  # type: ignore[arg-type]

    @given(journal_entries())
    def test_round_trip(self, entry: str) -> None:
        """Law (DESIGN.md): EntryAnalysis round-trips through JSON."""
        result = analyze_entry(entry)
        assert from_json(to_json(result), EntryAnalysis) == result
        assert result.counts.total == len(result.statements)


class TestFactCheck:
    """fact_check(feeling, facts, *, intensity)."""

    def test_interpretation_offered_as_fact_does_not_count(self) -> None:
        """Only real facts support a feeling; an interpretation does not."""
        check = fact_check("I feel guilty", ["He thinks I'm lazy."], intensity=9)
        assert not check.supported
        assert check.big_feeling_without_fact
        assert "not_a_fact" in [q.code for q in check.questions]

    def test_supported(self) -> None:
        """A real fact supports the feeling."""
        check = fact_check("I'm anxious", ["She can make her own dinner."], intensity=8)
        assert check.supported and not check.big_feeling_without_fact
        assert check.real_facts == (check.facts[0],)

    def test_strong_wording_without_intensity(self) -> None:
        """Strong wording counts as a big feeling when no intensity is given."""
        assert fact_check("I'm absolutely terrified").big_feeling_without_fact

    def test_questions_have_stable_codes(self) -> None:
        """The guiding questions include the fact and source-of-feeling questions."""
        codes = {q.code for q in fact_check("I feel bad").questions}
        assert {"name_the_feeling", "fact_behind_it", "source_of_feeling"} <= codes

    @pytest.mark.parametrize("intensity", [-1, 11, True, 7.5, "8"])
    def test_bad_intensity(self, intensity: object) -> None:
        """Intensity must be an int from 0 to 10; bools are refused."""
        with pytest.raises(InvalidInputError, match="'intensity'"):
            fact_check("I'm sad", intensity=intensity)  # type: ignore[arg-type]

    def test_str_facts_refused(self) -> None:
        """A str passed as facts is refused."""
        with pytest.raises(InvalidInputError, match="'facts'"):
            fact_check("I'm sad", "He left.")

    def test_non_str_feeling(self) -> None:
        """A non-str feeling is invalid input."""
        with pytest.raises(InvalidInputError, match="'feeling'"):
            fact_check(None)  # type: ignore[arg-type]

    @given(statements(), st.lists(statements(), max_size=3), feeling_intensities())
    def test_round_trip(self, feeling: str, facts: list[str], intensity: int | None) -> None:
        """Law (DESIGN.md): FactCheck round-trips through JSON and renders."""
        check = fact_check(feeling, facts, intensity=intensity)
        assert from_json(to_json(check), FactCheck) == check
        assert str(check) and check._repr_html_()


class TestRecords:
    """The records' validators keep the error contract."""

    def test_cue_span_checked(self) -> None:
        """A cue whose text does not fit its span is invalid input."""
        with pytest.raises(InvalidInputError, match=r"Cue\.text"):
            Cue(CueKind.FACT, "abc", 0, 2, "FF202")

    def test_unknown_rule(self) -> None:
        """A cue with an unknown rule id is invalid input."""
        with pytest.raises(InvalidInputError, match=r"Cue\.rule"):
            Cue(CueKind.FACT, "ab", 0, 2, "XX1")

    def test_mixed_needs_two_parts(self) -> None:
        """A mixed label with one part is invalid input."""
        with pytest.raises(InvalidInputError, match=r"Classification\.parts"):
            Classification("x", StatementKind.MIXED, frozenset({StatementKind.FACT}), (), 0.5)

    def test_safety_limited(self) -> None:
        """Only self-harm and violence can be flagged by the classifier."""
        with pytest.raises(InvalidInputError, match=r"Classification\.safety"):
            Classification(
                "x",
                StatementKind.OTHER,
                frozenset({StatementKind.OTHER}),
                (),
                0.5,
                safety=frozenset({SafetyConcern.VERBAL_ABUSE}),
            )

    def test_counts_refuse_negative(self) -> None:
        """Label counts are non-negative ints."""
        with pytest.raises(InvalidInputError, match=r"LabelCounts\.fact"):
            LabelCounts(fact=-1)


def _figures(rows: Iterable[dict[str, str]]) -> tuple[float, dict[str, float], float]:
    rows = list(rows)
    pred = [classify(row["text"]).label.value for row in rows]
    recall, false = _safety_figures(rows)
    return _macro_f1([row["label"] for row in rows], pred), recall, false


class TestFloors:
    """Regression floors on the labeled sets (they can fail)."""

    def test_dev_set(self) -> None:
        """Dev set: macro-F1 >= 0.90, safety recall >= 0.95 per flag, false flags <= 2 %."""
        macro, recall, false = _figures(_rows(DEV_SET))
        assert macro >= 0.90
        assert all(value >= 0.95 for value in recall.values()), recall
        assert false <= 0.02

    def test_fresh_set(self) -> None:
        """Fresh held-out set: floors set a little below the achieved figures."""
        macro, recall, false = _figures(_rows(FRESH_SET))
        assert macro >= FRESH_MACRO_F1_FLOOR
        assert all(value >= 0.95 for value in recall.values()), recall
        assert false <= 0.02


FRESH_MACRO_F1_FLOOR = 0.74
