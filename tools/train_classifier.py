"""Train the fact-vs-feeling classifier's weights from ``corpus/``.

    pip install -e ".[train]"
    python tools/train_classifier.py            # choose settings, fit, write
    python tools/train_classifier.py --check    # is the weights module current?

What it does, deterministically (same corpus, same weights):

1. reads every statement of the **train** writers (and the earlier sets,
   also train) with the library's own reading, so training and inference
   see the same named features (:mod:`detachkit._classifier_features`);
2. chooses the settings by leave-writers-out: writers are dealt to five
   folds; each setting is fitted on four folds and scored on the writers of
   the fifth, and the setting with the best mean macro-F1 over writers wins;
3. fits a softmax regression for the label, a logistic regression per
   safety concern and a softmax over safety categories, and sets:
   - the label temperature, so the confidence is calibrated on held-out
     writers (reliability reported as the expected calibration error);
   - each concern's threshold on held-out writers, recall first: the lowest
     score that keeps the false flags on ``none`` statements within budget;
4. writes :mod:`detachkit._classifier_weights`, whose header records the
   corpus digest, the settings and the held-out figures.

The dev writers are never used here: they are the held-out check of the
test suite (``tests/test_classifier.py``), and the sealed test writers are
scored once per release by ``benchmarks/evaluate_classifier.py --release``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import f1_score  # noqa: E402

from detachkit._classifier_features import features  # noqa: E402
from detachkit._safety_categories import CATEGORIES, CATEGORY_CONCERN  # noqa: E402
from detachkit.factfeeling import _reading  # noqa: E402
from tools import corpus  # noqa: E402

WEIGHTS = ROOT / "src" / "detachkit" / "_classifier_weights.py"
LABELS = ("fact", "feeling", "interpretation", "mixed", "other")
CONCERNS = ("self_harm", "violence")
CATEGORY_NAMES = tuple(name for concern in CONCERNS for name in CATEGORIES[concern])
FOLDS = 5
MIN_COUNT = 2
C_LABEL = (0.25, 0.5, 1.0)
C_SAFETY = (0.5, 1.0, 2.0)
FAMILIES = ("w b n s r k c d L P T q", "w b n r k c d L P T q")
#: false flags allowed on ``none`` statements, per concern, at the threshold
BUDGET = 0.02
#: features whose every weight is smaller than this are left out of the module
PRUNE = 0.02


@dataclass
class Data:
    """The training rows, read once."""

    rows: list[corpus.Statement]
    names: list[list[str]]
    groups: np.ndarray

    def labels(self) -> np.ndarray:
        return np.array([LABELS.index(row.label) for row in self.rows])

    def flagged(self, concern: str) -> np.ndarray:
        return np.array([row.safety == concern for row in self.rows])


def load() -> Data:
    rows = corpus.statements(("train",))
    names = [[name for name, _, _ in features(_reading(row.text))] for row in rows]
    authors = sorted({row.author for row in rows})
    fold = {author: index % FOLDS for index, author in enumerate(authors)}
    return Data(rows, names, np.array([fold[row.author] for row in rows]))


def matrix(names: Sequence[list[str]], vocabulary: dict[str, int]) -> sparse.csr_matrix:
    indptr, indices = [0], []
    for row in names:
        columns = sorted({vocabulary[name] for name in row if name in vocabulary})
        indices += columns
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(names), len(vocabulary)))


def vocabulary_of(names: Sequence[list[str]], families: str) -> dict[str, int]:
    keep = tuple(family + ":" for family in families.split())
    counts = Counter(name for row in names for name in set(row) if name.startswith(keep))
    kept = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
    return {name: index for index, name in enumerate(kept)}


def fit(x: sparse.csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
    model.fit(x, y)
    return model


def categories_of(data: Data) -> np.ndarray:
    """Each row's safety class: 0 for ``none``, else 1 + its category's index."""
    return np.array(
        [0 if row.category is None else 1 + CATEGORY_NAMES.index(row.category) for row in data.rows]
    )


def concern_scores(probabilities: np.ndarray, classes: np.ndarray) -> dict[str, np.ndarray]:
    """Each concern's score: the summed probability of its categories."""
    scores = {}
    for concern in CONCERNS:
        wanted = [1 + CATEGORY_NAMES.index(name) for name in CATEGORIES[concern]]
        columns = [k for k, cls in enumerate(classes) if cls in wanted]
        scores[concern] = probabilities[:, columns].sum(axis=1)
    return scores


def out_of_fold(data: Data, setting: Setting, parts: str = "label safety") -> dict[str, np.ndarray]:
    """Held-out scores for every row: label logits and each concern's score."""
    n = len(data.rows)
    found = {"logits": np.zeros((n, len(LABELS)))} | {c: np.zeros(n) for c in CONCERNS}
    y, classes = data.labels(), categories_of(data)
    for fold in range(FOLDS):
        train = data.groups != fold
        held = ~train
        vocabulary = vocabulary_of([data.names[i] for i in np.flatnonzero(train)], setting.families)
        x = matrix(data.names, vocabulary)
        if "label" in parts:
            model = fit(x[train], y[train], setting.c_label)
            found["logits"][held] = model.decision_function(x[held])
        if "safety" in parts:
            model = fit(x[train], classes[train], setting.c_safety)
            for concern, scores in concern_scores(
                model.predict_proba(x[held]), model.classes_
            ).items():
                found[concern][held] = scores
    return found


def writer_f1(data: Data, predicted: np.ndarray) -> dict[str, float]:
    y = data.labels()
    authors = np.array([row.author for row in data.rows])
    return {
        author: float(f1_score(y[authors == author], predicted[authors == author], average="macro"))
        for author in sorted(set(authors.tolist()))
    }


def patterns_flag(data: Data, concern: str) -> np.ndarray:
    rule = "r:FF901" if concern == "self_harm" else "r:FF902"
    return np.array([rule in names for names in data.names])


def flags(data: Data, concern: str, scores: np.ndarray, cut: float) -> np.ndarray:
    """The final flags: the patterns OR the detector at *cut*."""
    return patterns_flag(data, concern) | (scores >= cut)


def threshold(scores: np.ndarray, base: np.ndarray, none: np.ndarray) -> float:
    """The lowest cut whose false flags on ``none``, with the patterns', fit the budget."""
    budget = BUDGET * none.sum()
    base_false = (base & none).sum()
    for step in range(2, 100):
        cut = step / 100
        if base_false + ((scores >= cut) & ~base & none).sum() <= budget:
            return cut
    return 0.99


def temperature(logits: np.ndarray, y: np.ndarray) -> float:
    """The softmax temperature that minimises the held-out negative log-likelihood."""
    best, best_nll = 1.0, math.inf
    for step in range(30, 301, 5):
        z = logits / (step / 100)
        z = z - z.max(axis=1, keepdims=True)
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        nll = float(-log_p[np.arange(len(y)), y].mean())
        if nll < best_nll:
            best, best_nll = step / 100, nll
    return best


def calibration_error(logits: np.ndarray, y: np.ndarray, t: float, bins: int = 10) -> float:
    """Expected calibration error of the top label's probability, in *bins* bins."""
    z = logits / t
    p = np.exp(z - z.max(axis=1, keepdims=True))
    p /= p.sum(axis=1, keepdims=True)
    confidence = p.max(axis=1)
    correct = p.argmax(axis=1) == y
    error = 0.0
    for k in range(bins):
        mask = (confidence > k / bins) & (confidence <= (k + 1) / bins)
        if mask.any():
            error += mask.mean() * abs(confidence[mask].mean() - correct[mask].mean())
    return round(float(error), 4)


@dataclass(frozen=True)
class Setting:
    """One choice of features and regularisation."""

    families: str
    c_label: float
    c_safety: float


@dataclass
class Scored:
    """A setting's held-out figures."""

    setting: Setting
    oof: dict[str, np.ndarray]
    writers: dict[str, float]
    thresholds: dict[str, float]
    recall: dict[str, float]
    false_flags: dict[str, float]

    @property
    def mean(self) -> float:
        return float(np.mean(list(self.writers.values())))


def score(data: Data, setting: Setting, parts: str = "label safety") -> Scored:
    """A setting's held-out figures (*parts* says which models to fit)."""
    oof = out_of_fold(data, setting, parts)
    none = np.array([row.safety == "none" for row in data.rows])
    thresholds, recall, false_flags = {}, {}, {}
    for concern in CONCERNS:
        base = patterns_flag(data, concern)
        cut = threshold(oof[concern], base, none)
        flagged = flags(data, concern, oof[concern], cut)
        thresholds[concern] = cut
        recall[concern] = float(flagged[data.flagged(concern)].mean())
        false_flags[concern] = float(flagged[none].mean())
    writers = writer_f1(data, oof["logits"].argmax(axis=1))
    return Scored(setting, oof, writers, thresholds, recall, false_flags)


def select(data: Data, quick: bool) -> tuple[Setting, Setting]:
    """The best label setting and the best safety setting, by leave-writers-out."""
    label_grid = [Setting(f, c, C_SAFETY[0]) for f in FAMILIES for c in C_LABEL]
    if quick:
        label_grid = label_grid[:1]
    best_label: Scored | None = None
    for setting in label_grid:
        scored = score(data, setting, "label")
        print(f"label {setting}: mean {scored.mean:.4f} worst {min(scored.writers.values()):.4f}")
        if best_label is None or scored.mean > best_label.mean:
            best_label = scored
    if best_label is None:
        raise SystemExit("no label setting to choose from")
    best_safety: Scored | None = None
    for c in C_SAFETY[:1] if quick else C_SAFETY:
        scored = score(data, attrs_replace(best_label.setting, c_safety=c), "safety")
        total = sum(scored.recall.values())
        print(f"safety C={c}: recall {scored.recall} false flags {scored.false_flags}")
        if best_safety is None or total > sum(best_safety.recall.values()):
            best_safety = scored
    if best_safety is None:
        raise SystemExit("no safety setting to choose from")
    return best_label.setting, best_safety.setting


def attrs_replace(setting: Setting, **changes: float) -> Setting:
    return Setting(**{**setting.__dict__, **changes})


def figures(data: Data, scored: Scored, t: float) -> dict[str, object]:
    """The held-out figures recorded in the weights module's header."""
    y = data.labels()
    logits = scored.oof["logits"]
    none = np.array([row.safety == "none" for row in data.rows])
    hard = np.array([row.hard_negative for row in data.rows])
    flagged = {c: flags(data, c, scored.oof[c], scored.thresholds[c]) for c in CONCERNS}
    either = flagged["self_harm"] | flagged["violence"]
    per_label = f1_score(y, logits.argmax(axis=1), average=None, labels=range(len(LABELS)))
    categories = {}
    for name in CATEGORY_NAMES:
        rows = np.array([row.category == name for row in data.rows])
        categories[name] = round(float(flagged[CATEGORY_CONCERN[name]][rows].mean()), 3)
    worst = min(scored.writers, key=scored.writers.__getitem__)
    return {
        "statements": len(data.rows),
        "writers": len(scored.writers),
        "macro_f1_mean": round(scored.mean, 4),
        "macro_f1_worst": round(scored.writers[worst], 4),
        "worst_writer": worst,
        "f1_per_label": {
            label: round(float(v), 4) for label, v in zip(LABELS, per_label, strict=True)
        },
        "recall": {c: round(v, 4) for c, v in scored.recall.items()},
        "recall_by_category": categories,
        "false_flags_none": round(float(either[none].mean()), 4),
        "false_flags_hard_negatives": round(float(either[hard].mean()), 4),
        "calibration_error_before": calibration_error(logits, y, 1.0),
        "calibration_error_after": calibration_error(logits, y, t),
    }


def _field(name: str) -> str:
    """A feature name safe inside the module's raw string, one per line."""
    return name.encode("unicode_escape").decode("ascii").replace('"', "\\x22")


def _number(value: float) -> str:
    if abs(value) < PRUNE:
        return "0"
    text = f"{value:.3g}"
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def weights_text(models: tuple[LogisticRegression, LogisticRegression], names: list[str]) -> str:
    """One line per feature: its name, then its label and category weights."""
    label, safety = models
    table = np.hstack([label.coef_.T, safety.coef_.T])
    lines = []
    for index, name in enumerate(names):
        row = table[index]
        if np.abs(row).max() >= PRUNE:  # a feature no weight of which matters is left out
            lines.append(_field(name) + "\t" + " ".join(_number(v) for v in row))
    return "\n".join(lines)


def module_text(
    setting: Setting,
    models: tuple[LogisticRegression, LogisticRegression],
    names: list[str],
    extra: dict[str, object],
) -> str:
    """The generated module: header, settings, figures and the weights."""
    label, safety = models
    settings = {
        **setting.__dict__,
        "min_count": MIN_COUNT,
        "folds": FOLDS,
        "budget": BUDGET,
    }
    header = {"corpus_digest": extra["digest"], "settings": settings, "held_out": extra["figures"]}
    described = json.dumps(header, indent=2, sort_keys=True)
    categories = ("none", *(CATEGORY_NAMES[k - 1] for k in safety.classes_[1:]))
    return f'''# Generated by tools/train_classifier.py from corpus/: do not edit by hand.
"""The trained classifier's weights (generated; retrain to change them).

Trained on the corpus' train writers; the figures are leave-writers-out,
each writer scored by a model fitted without their statements:

{described}
"""

CORPUS_DIGEST = {extra["digest"]!r}
SETTINGS = {settings!r}
FIGURES = {extra["figures"]!r}
LABELS = {LABELS!r}
CATEGORIES = {categories!r}
LABEL_BIAS = {tuple(float(_number(v)) for v in label.intercept_)!r}
CATEGORY_BIAS = {tuple(float(_number(v)) for v in safety.intercept_)!r}
TEMPERATURE = {extra["temperature"]!r}
THRESHOLDS = {extra["thresholds"]!r}
WEIGHTS = r"""
{weights_text(models, names)}
"""
'''


def train(data: Data, setting: Setting) -> str:
    """Fit the final models on every train writer and return the module's text."""
    scored = score(data, setting)
    t = temperature(scored.oof["logits"], data.labels())
    vocabulary = vocabulary_of(data.names, setting.families)
    x = matrix(data.names, vocabulary)
    label = fit(x, data.labels(), setting.c_label)
    safety = fit(x, categories_of(data), setting.c_safety)
    extra = {
        "digest": corpus.training_digest(),
        "figures": figures(data, scored, t),
        "temperature": t,
        "thresholds": scored.thresholds,
    }
    return module_text(setting, (label, safety), list(vocabulary), extra)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only compare the corpus digest")
    parser.add_argument("--quick", action="store_true", help="skip the search: first setting")
    parser.add_argument("--setting", help="'families|C label|C safety', skipping the search")
    args = parser.parse_args(argv)
    if args.check:
        current = WEIGHTS.read_text("utf-8") if WEIGHTS.exists() else ""
        ok = f"CORPUS_DIGEST = {corpus.training_digest()!r}" in current
        print("weights are current" if ok else "corpus changed: retrain the weights")
        return 0 if ok else 1
    data = load()
    print(f"{len(data.rows)} statements from {len({r.author for r in data.rows})} writers")
    if args.setting:
        families, c_label, c_safety = args.setting.split("|")
        setting = Setting(families, float(c_label), float(c_safety))
    else:
        label_setting, safety_setting = select(data, quick=args.quick)
        setting = attrs_replace(label_setting, c_safety=safety_setting.c_safety)
    print(f"chosen: {setting}")
    WEIGHTS.write_text(train(data, setting), encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
