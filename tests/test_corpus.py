"""The labelled corpus: format, writer splits, minimums, sealing and the agreement study."""

from __future__ import annotations

import collections
import json
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from tools import agreement, corpus

BRIEF_AXES = ("age", "gender", "country", "first_language", "register", "relationships")


@pytest.fixture(scope="module")
def every_row() -> list[corpus.Statement]:
    """Every statement of every split (format checks only: no classifier runs here)."""
    return corpus.statements(corpus.SPLITS, sealed=True)


class TestFormat:
    @pytest.mark.parametrize(
        "path",
        sorted((corpus.CORPUS / "writers").glob("*.jsonl"))
        + sorted((corpus.CORPUS / "earlier").glob("*.jsonl")),
        ids=lambda path: path.name,
    )
    def test_every_row_is_valid(self, path: Path) -> None:
        """Each stored row has the guide's keys and allowed values (LABELING.md, file format)."""
        earlier = path.parent.name == "earlier"
        lines = path.read_text(encoding="utf-8").splitlines()
        bad = [
            (number, corpus.problems(json.loads(line), earlier=earlier))
            for number, line in enumerate(lines, 1)
        ]
        assert [pair for pair in bad if pair[1]] == []

    def test_writer_rows_name_their_writer(self) -> None:
        """A writer's file holds only that writer's statements."""
        for path in sorted((corpus.CORPUS / "writers").glob("*.jsonl")):
            authors = {json.loads(line)["author"] for line in path.read_text("utf-8").splitlines()}
            assert authors == {path.stem}

    def test_flagged_rows_have_a_category(self, every_row: list[corpus.Statement]) -> None:
        """Every flagged statement names one category of its concern."""
        for row in every_row:
            if row.safety != "none":
                assert row.category in corpus.CATEGORIES[row.safety], row.source

    def test_entries_are_valid(self) -> None:
        """Every writer has ten whole entries, their concerns drawn from the two flags."""
        found = corpus.entries(corpus.SPLITS, sealed=True)
        per_writer = collections.Counter(entry.author for entry in found)
        assert set(per_writer) == {brief["id"] for brief in corpus.writers()}
        assert set(per_writer.values()) == {10}
        assert all(entry.concerns <= set(corpus.CONCERNS) for entry in found)
        assert all(entry.text.strip() for entry in found)


class TestSplits:
    def test_every_writer_has_one_split_and_one_file(self) -> None:
        """Briefs, files and splits agree: one file per brief, every split valid."""
        briefs = corpus.writers()
        files = {path.stem for path in (corpus.CORPUS / "writers").glob("*.jsonl")}
        assert {brief["id"] for brief in briefs} == files
        assert {brief["split"] for brief in briefs} == set(corpus.SPLITS)

    def test_no_statement_in_two_splits(self, every_row: list[corpus.Statement]) -> None:
        """Near-duplicates (normalised text) never cross a split."""
        assert corpus.cross_split_duplicates(every_row) == {}

    def test_sealed_writers_differ_from_train_writers(self) -> None:
        """Each test writer differs from every train writer on two or more brief axes."""
        briefs = corpus.writers()
        for sealed in (b for b in briefs if b["split"] == "test"):
            for train in (b for b in briefs if b["split"] == "train"):
                assert sum(sealed[a] != train[a] for a in BRIEF_AXES) >= 2, (
                    sealed["id"],
                    train["id"],
                )

    def test_no_register_dominates(self) -> None:
        """No register holds more than a fifth of the writers (CORPUS.md)."""
        registers = collections.Counter(brief["register"] for brief in corpus.writers())
        assert max(registers.values()) <= len(corpus.writers()) / 5

    def test_sealed_split_needs_asking(self) -> None:
        """Reading the test writers without saying so is refused."""
        with pytest.raises(PermissionError):
            corpus.statements(("test",))
        with pytest.raises(PermissionError):
            corpus.entries(("dev", "test"))
        assert {row.split for row in corpus.statements()} == {"train", "dev"}


class TestMinimums:
    def test_every_minimum_is_met(self, every_row: list[corpus.Statement]) -> None:
        """Counts, writers, concerns, hard negatives and every category reach their minimum."""
        met = corpus.minimums(every_row)
        assert [name for name, ok in met.items() if not ok] == []
        assert len(met) == 6 + len(corpus.CATEGORIES["self_harm"]) + len(
            corpus.CATEGORIES["violence"]
        )

    def test_minimums_can_fail(self, every_row: list[corpus.Statement]) -> None:
        """Without the writers' self-harm statements the self-harm minimums fail."""
        fewer = [row for row in every_row if row.safety != "self_harm"]
        met = corpus.minimums(fewer)
        assert not met["self_harm"]
        assert not met["self_harm:plan"]
        assert met["violence"]


def _row(author: str, text: str, label: str) -> corpus.Statement:
    return corpus.Statement(text, label, "none", None, author, "notes", "train", False, "x")


class TestLeaveWritersOut:
    def test_a_memorising_model_learns_nothing_of_a_held_out_writer(self) -> None:
        """Each writer is scored by a model fitted without them: memory does not help."""
        rows = [
            _row(f"w{i}", f"statement {i} {j}", "fact" if j % 2 else "other")
            for i in range(6)
            for j in range(4)
        ]

        def fit(train: Sequence[corpus.Statement]) -> Callable[[str], str]:
            seen = {row.text: row.label for row in train}
            return lambda text: seen.get(text, "feeling")

        scores = corpus.leave_writers_out(rows, fit, folds=3)
        assert set(scores) == {f"w{i}" for i in range(6)}
        assert set(scores.values()) == {0.0}

    def test_a_general_model_scores_on_held_out_writers(self) -> None:
        """A model that reads the text, not the writer, scores on every held-out writer."""
        rows = [
            _row(f"w{i}", f"{'he left' if j % 2 else 'should i'} {i}", "fact" if j % 2 else "other")
            for i in range(4)
            for j in range(4)
        ]
        scores = corpus.leave_writers_out(
            rows, lambda _: lambda text: "fact" if "left" in text else "other", folds=2
        )
        assert set(scores.values()) == {1.0}


class TestAgreementStudy:
    def test_sample_covers_every_writer(self) -> None:
        """The second pass drew from every writer, 1,500 statements or more."""
        second = agreement._load("second_pass.jsonl")
        assert len(second) >= 1500
        assert {author for author, _ in second} == {b["id"] for b in corpus.writers()}

    def test_second_pass_is_valid(self) -> None:
        """The second pass uses the guide's labels, flags and categories."""
        for row in agreement._load("second_pass.jsonl").values():
            # a reading, not a corpus row: it has no register of its own
            assert corpus.problems({**row, "register": "-"}, earlier=False) == []

    def test_every_disagreement_is_resolved_into_the_corpus(
        self, every_row: list[corpus.Statement]
    ) -> None:
        """Each disagreement has a decision with its rule, and the corpus carries it."""
        stored = {(row.author, row.text): row for row in every_row}
        decided = agreement.resolutions()
        for key in agreement.disagreements():
            decision = decided[key]
            assert decision["rule"].strip()
            row = stored.get(key)
            if row is not None:
                assert (row.label, row.safety, row.category or "") == (
                    decision["label"],
                    decision["safety"],
                    decision.get("safety_category") or "",
                )

    def test_kappa(self) -> None:
        """Cohen's kappa: 1 for identical labellings, 0 for chance-level ones."""
        assert agreement.kappa(["a", "b"], ["a", "b"]) == (1.0, 1.0)
        assert agreement.kappa(["a", "a", "b", "b"], ["a", "b", "a", "b"])[1] == 0.0


def test_datasheet_is_up_to_date() -> None:
    """corpus/README.md shows the figures the files give today."""
    current = (corpus.CORPUS / "README.md").read_text(encoding="utf-8")
    assert corpus.datasheet_text(current) == current
