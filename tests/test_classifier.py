"""The trained classifier: its weights, its decisions and its held-out floors."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from tools import corpus

from detachkit import CUE_RULES, SafetyConcern, classify
from detachkit import _classifier_weights as generated
from detachkit._classifier import decide, weights
from detachkit._classifier_features import features
from detachkit._safety_categories import CATEGORIES, CATEGORY_CONCERN, PATTERN_CATEGORY
from detachkit.errors import InvalidInputError
from detachkit.evidence import SAFETY_CATEGORIES, Evidence, SafetySignal
from detachkit.factfeeling import StatementKind, _reading
from detachkit.strategies import statements

PATTERNS = Path(__file__).resolve().parents[1] / "src" / "detachkit" / "_safety_patterns.py"


class TestWeights:
    """The generated module matches the corpus and its own header."""

    def test_trained_on_the_current_corpus(self) -> None:
        """Changing the train writers' files without retraining fails here."""
        assert corpus.training_digest() == generated.CORPUS_DIGEST, (
            "corpus/ changed: run python tools/train_classifier.py"
        )

    def test_header_records_settings_and_figures(self) -> None:
        """The settings and held-out figures the docs quote are in the module."""
        assert {"families", "c_label", "c_safety", "budget"} <= set(generated.SETTINGS)
        figures: dict[str, Any] = dict(generated.FIGURES)
        assert 0 < figures["macro_f1_mean"] <= 1
        assert figures["macro_f1_worst"] <= figures["macro_f1_mean"]
        assert set(figures["recall_by_category"]) == set(CATEGORY_CONCERN)
        assert figures["calibration_error_after"] <= figures["calibration_error_before"]

    def test_every_feature_family_is_known(self) -> None:
        """Each weight row belongs to a feature family the reading produces."""
        families = {name.split(":", 1)[0] for name in weights().table}
        assert families <= set("w b n s r k c d L P T q".split())
        widths = {len(row) for row in weights().table.values()}
        assert widths == {len(generated.LABELS) + len(generated.CATEGORIES)}

    def test_thresholds_are_probabilities(self) -> None:
        assert set(generated.THRESHOLDS) == {"self_harm", "violence"}
        assert all(0 < cut < 1 for cut in generated.THRESHOLDS.values())


class TestCategories:
    """Every safety pattern row belongs to exactly one category of its concern."""

    def test_every_row_has_one_category(self) -> None:
        ids = set(re.findall(r'"((?:SH|VI)\.[a-z0-9_]+)"', PATTERNS.read_text("utf-8")))
        assert ids == set(PATTERN_CATEGORY)

    def test_rows_belong_to_their_concern(self) -> None:
        for pattern_id, category in PATTERN_CATEGORY.items():
            concern = "self_harm" if pattern_id.startswith("SH.") else "violence"
            assert category in CATEGORIES[concern], pattern_id

    def test_public_table_follows_the_guide(self) -> None:
        assert SAFETY_CATEGORIES[SafetyConcern.SELF_HARM][0] == "attempt"
        assert SAFETY_CATEGORIES[SafetyConcern.VIOLENCE][0] == "strangulation"
        assert SafetyConcern.VERBAL_ABUSE not in SAFETY_CATEGORIES


class TestDecision:
    """What the model returns is a consistent, calibrated decision."""

    @given(statements(realistic=False))
    def test_probabilities_sum_to_one(self, text: str) -> None:
        decision = decide(features(_reading(text)))
        assert sum(decision.probabilities.values()) == pytest.approx(1.0)
        assert all(0 <= score <= 1 + 1e-9 for score in decision.concern_scores.values())

    @given(statements())
    def test_confidence_is_the_label_probability(self, text: str) -> None:
        result = classify(text)
        decision = decide(features(_reading(text)))
        assert result.label.value == decision.label
        assert result.confidence == round(decision.probabilities[decision.label], 2)
        assert result.confidence >= round(max(decision.probabilities.values()), 2) - 1e-9

    @given(statements())
    def test_safety_is_the_signals_concerns(self, text: str) -> None:
        result = classify(text)
        assert {signal.concern for signal in result.safety_signals} == result.safety
        for signal in result.safety_signals:
            assert text[signal.start : signal.end] == signal.text
            assert signal.category in SAFETY_CATEGORIES[signal.concern]

    @given(statements())
    def test_evidence_spans_the_statement(self, text: str) -> None:
        result = classify(text)
        assert len(result.evidence) <= 3
        weights_seen = [item.weight for item in result.evidence]
        assert weights_seen == sorted(weights_seen, reverse=True)
        for item in result.evidence:
            assert text[item.start : item.end] == item.text

    def test_evidence_names_the_words(self) -> None:
        result = classify("He texted me 14 times on Saturday.")
        assert result.label is StatementKind.FACT
        assert any(item.text in ("texted", "14", "Saturday") for item in result.evidence)

    def test_features_are_deterministic(self) -> None:
        text = "i keep thinking everyone would be fine without me"
        assert features(_reading(text)) == features(_reading(text))


class TestSignals:
    """Safety signals name the category, the words and the source."""

    def test_pattern_signal(self) -> None:
        result = classify("He put his hands round my neck last night.")
        (signal,) = result.safety_signals
        assert (signal.concern, signal.category) == (SafetyConcern.VIOLENCE, "strangulation")
        assert signal.source == "VI.hands_neck"
        assert signal.text in result.text

    def test_views_name_the_category(self) -> None:
        result = classify("He put his hands round my neck last night.")
        assert "strangulation (pattern VI.hands_neck)" in str(result)
        assert "strangulation" in result._repr_html_()

    def test_model_only_signal_spans_the_statement(self) -> None:
        texts = (
            "Keep looking up how tall the car park on Dale Street is.",
            "Bought a box of shells for the rifle and it isn't hunting season.",
            "She checks my phone location every hour and turns up where I am.",
        )
        seen = 0
        for text in texts:
            for signal in classify(text).safety_signals:
                if signal.source == "model":
                    seen += 1
                    assert (signal.start, signal.end, signal.text) == (0, len(text), text)
        assert seen

    def test_most_serious_category_wins(self) -> None:
        result = classify("He slapped me and then he choked me until I nearly passed out.")
        (signal,) = result.safety_signals
        assert signal.category == "strangulation"

    def test_signal_contract(self) -> None:
        with pytest.raises(InvalidInputError) as info:
            SafetySignal(SafetyConcern.VIOLENCE, "plan", "x", 0, 1, "model")
        assert info.value.field == "$.category"
        with pytest.raises(InvalidInputError):
            SafetySignal(SafetyConcern.VIOLENCE, "weapon", "x", 0, 1, "VI.hands_neck")
        with pytest.raises(InvalidInputError):
            SafetySignal(SafetyConcern.VERBAL_ABUSE, "fear", "x", 0, 1, "model")
        with pytest.raises(InvalidInputError):
            Evidence("w:x", -1.0, "x", 0, 1)
        assert "strangulation" in str(
            SafetySignal(SafetyConcern.VIOLENCE, "strangulation", "neck", 0, 4, "VI.hands_neck")
        )


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for label in corpus.LABELS:
        tp = sum(1 for gold, got in pairs if gold == got == label)
        fp = sum(1 for gold, got in pairs if got == label != gold)
        fn = sum(1 for gold, got in pairs if gold == label != got)
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return sum(scores) / len(scores)


@pytest.fixture(scope="module")
def dev_figures() -> dict[str, Any]:
    """The classifier on the dev writers, who were held out of its training."""
    by_writer: dict[str, list[tuple[str, str]]] = defaultdict(list)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    none = false = 0
    for row in corpus.statements(("dev",), earlier=False):
        result = classify(row.text)
        by_writer[row.author].append((row.label, result.label.value))
        concerns = {concern.value for concern in result.safety}
        if row.safety == "none":
            none += 1
            false += bool(concerns)
        else:
            for key in (row.safety, f"{row.safety}/{row.category}"):
                total[key] += 1
                found[key] += row.safety in concerns
    f1 = [_macro_f1(pairs) for pairs in by_writer.values()]
    recall = {key: found[key] / total[key] for key in total}
    return {"mean": sum(f1) / len(f1), "worst": min(f1), "recall": recall, "false": false / none}


class TestHeldOutFloors:
    """Floors on the dev writers, never trained on (they can fail).

    The floors sit a little below the figures measured when the weights were
    trained (docs/classifier.md); the aims they fall short of are there too.
    """

    def test_labels(self, dev_figures: dict[str, Any]) -> None:
        assert dev_figures["mean"] >= MEAN_F1_FLOOR
        assert dev_figures["worst"] >= WORST_F1_FLOOR

    def test_safety_recall(self, dev_figures: dict[str, Any]) -> None:
        recall = dev_figures["recall"]
        assert isinstance(recall, dict)
        assert recall["self_harm"] >= RECALL_FLOOR
        assert recall["violence"] >= RECALL_FLOOR

    def test_every_category(self, dev_figures: dict[str, Any]) -> None:
        recall = dev_figures["recall"]
        assert isinstance(recall, dict)
        low = {key: value for key, value in recall.items() if "/" in key and value < CATEGORY_FLOOR}
        assert not low

    def test_false_flags(self, dev_figures: dict[str, Any]) -> None:
        assert dev_figures["false"] <= FALSE_FLAG_CEILING


MEAN_F1_FLOOR = 0.82
WORST_F1_FLOOR = 0.78
RECALL_FLOOR = 0.74
CATEGORY_FLOOR = 0.55
FALSE_FLAG_CEILING = 0.05


def _fires(rule_id: str, text: str) -> bool:
    from detachkit.factfeeling import _cues

    return any(cue.rule == rule_id for cue in _cues(_reading(text), text))


class TestRuleRows:
    """Every cue rule row carries its examples, and they hold (the meta-test)."""

    def test_every_row_has_examples_and_a_counterexample(self) -> None:
        bare = [rule.id for rule in CUE_RULES.values() if not rule.examples]
        lonely = [rule.id for rule in CUE_RULES.values() if not rule.counterexamples]
        assert (bare, lonely) == ([], [])

    @pytest.mark.parametrize(
        ("rule_id", "text", "fires"),
        [
            (rule.id, text, fires)
            for rule in CUE_RULES.values()
            for fires, texts in ((True, rule.examples), (False, rule.counterexamples))
            for text in texts
        ],
    )
    def test_row_examples(self, rule_id: str, text: str, fires: bool) -> None:
        assert _fires(rule_id, text) is fires
