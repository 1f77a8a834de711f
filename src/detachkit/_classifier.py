"""The trained decision: label probabilities, safety scores and evidence.

Pure Python inference over the generated weights
(:mod:`detachkit._classifier_weights`, written by
``tools/train_classifier.py``). The weights are parsed on the first call,
never at import, so ``import detachkit`` stays cheap.

Two linear models read the same features
(:mod:`detachkit._classifier_features`):

* a softmax over the five labels, its temperature fitted on held-out
  writers so the top probability is a calibrated confidence;
* a softmax over "no concern" and every safety category; a concern's score
  is the summed probability of its categories, flagged at the threshold
  chosen on held-out writers (recall first).
"""

from __future__ import annotations

import codecs
import math
from heapq import nlargest
from typing import NamedTuple

from detachkit._classifier_features import Feature
from detachkit._safety_categories import CATEGORIES as CONCERN_CATEGORIES

__all__ = ["Decision", "Weights", "decide", "weights"]


class Weights(NamedTuple):
    """The parsed weights module."""

    labels: tuple[str, ...]
    categories: tuple[str, ...]
    label_bias: tuple[float, ...]
    category_bias: tuple[float, ...]
    temperature: float
    thresholds: dict[str, float]
    table: dict[str, tuple[float, ...]]
    #: name -> how far it pulls towards each label over the labels' mean
    pulls: dict[str, tuple[float, ...]]
    #: concern -> the positions of its categories in ``categories``
    columns: dict[str, tuple[int, ...]]


class Decision(NamedTuple):
    """What the models decided for one statement."""

    probabilities: dict[str, float]
    concern_scores: dict[str, float]
    #: concern -> its most likely category, by the model
    categories: dict[str, str]
    #: the features behind the top label, strongest first: (name, weight, first, last)
    evidence: list[tuple[str, float, int, int]]

    thresholds: dict[str, float]

    @property
    def label(self) -> str:
        """The most probable label."""
        return max(self.probabilities, key=self.probabilities.__getitem__)

    def flags(self, concern: str) -> bool:
        """Whether the detector's score for *concern* reaches its threshold."""
        return self.concern_scores[concern] >= self.thresholds[concern]


_LOADED: list[Weights] = []
_EVIDENCE = 3


def _parse(block: str) -> dict[str, tuple[float, ...]]:
    table: dict[str, tuple[float, ...]] = {}
    for line in block.splitlines():
        name, tab, numbers = line.partition("\t")
        if not tab:
            continue
        if "\\" in name:
            name = codecs.decode(name, "unicode_escape")
        table[name] = tuple(map(float, numbers.split()))
    return table


def weights() -> Weights:
    """The weights, parsed once on first use."""
    if not _LOADED:
        from detachkit import _classifier_weights as generated  # noqa: PLC0415 - lazy on purpose

        categories = tuple(generated.CATEGORIES)
        table = _parse(generated.WEIGHTS)
        width = len(generated.LABELS)
        columns = {
            concern: tuple(k for k, name in enumerate(categories) if name in names)
            for concern, names in CONCERN_CATEGORIES.items()
        }
        _LOADED.append(
            Weights(
                labels=tuple(generated.LABELS),
                categories=categories,
                label_bias=tuple(generated.LABEL_BIAS),
                category_bias=tuple(generated.CATEGORY_BIAS),
                temperature=float(generated.TEMPERATURE),
                thresholds=dict(generated.THRESHOLDS),
                table=table,
                pulls={name: _pulls(row[:width]) for name, row in table.items()},
                columns=columns,
            )
        )
    return _LOADED[0]


def _pulls(row: tuple[float, ...]) -> tuple[float, ...]:
    mean = sum(row) / len(row)
    return tuple(round(weight - mean, 3) for weight in row)


def _softmax(scores: list[float], temperature: float = 1.0) -> list[float]:
    top = max(scores)
    exps = [math.exp((score - top) / temperature) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def decide(found: list[Feature]) -> Decision:
    """Score the features of one statement (each name counted once, at its first span)."""
    model = weights()
    width = len(model.labels)
    table = model.table
    seen: set[str] = set()
    used: list[tuple[str, int, int]] = []
    rows = [model.label_bias + model.category_bias]
    for name, first, last in found:
        if name in seen:
            continue
        seen.add(name)
        row = table.get(name)
        if row is not None:
            rows.append(row)
            used.append((name, first, last))
    totals = [sum(column) for column in zip(*rows, strict=True)]
    labels = _softmax(totals[:width], model.temperature)
    categories = _softmax(totals[width:])
    probabilities = dict(zip(model.labels, labels, strict=True))
    top = max(range(width), key=labels.__getitem__)
    concern_scores, best = {}, {}
    for concern, columns in model.columns.items():
        concern_scores[concern] = sum(categories[k] for k in columns)
        best[concern] = model.categories[max(columns, key=categories.__getitem__)]
    return Decision(
        probabilities, concern_scores, best, _evidence(model.pulls, used, top), model.thresholds
    )


def _evidence(
    pulls: dict[str, tuple[float, ...]], used: list[tuple[str, int, int]], top: int
) -> list[tuple[str, float, int, int]]:
    """The features that pushed hardest towards label *top*, over the labels' mean."""
    candidates = [(pulls[name][top], name, first, last) for name, first, last in used]
    return [
        (name, pull, first, last)
        for pull, name, first, last in nlargest(_EVIDENCE, candidates)
        if pull > 0
    ]
