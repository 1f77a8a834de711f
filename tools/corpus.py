"""Read, split and check the labelled corpus in ``corpus/``.

A data tool, never imported by the library. Statements are grouped by
writer; every writer belongs to one split (``corpus/writers.json``), and the
statements written before the corpus (``corpus/earlier/``) are ``train``.
The ``test`` writers are sealed: :func:`statements` returns them only when
asked with ``sealed=True``, which only the release evaluation does.

    python tools/corpus.py check        # format, splits, minimums
    python tools/corpus.py dedupe       # drop cross-split near-duplicates
    python tools/corpus.py datasheet    # refresh the counts in corpus/README.md
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from detachkit._safety_categories import CATEGORIES as _CATEGORIES

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SPLITS = ("train", "dev", "test")
LABELS = ("fact", "feeling", "interpretation", "mixed", "other")
CONCERNS = ("self_harm", "violence")
#: each concern's categories, most serious first (the library's own table)
CATEGORIES: dict[str, tuple[str, ...]] = dict(_CATEGORIES)
MINIMUMS = {
    "statements": 15_000,
    "writers": 30,
    "test_writers": 6,
    "self_harm": 2_000,
    "violence": 2_000,
    "hard_negatives": 4_000,
    "self_harm_category": 150,
    "violence_category": 120,
}
"""What the corpus must hold at least (new writers only, not the earlier sets)."""

EARLIER_REGISTER = "mixed"
_KEYS = frozenset({"text", "label", "safety"})
_OPTIONAL = frozenset({"why", "safety_category", "hard_negative", "author", "register"})


@dataclass(frozen=True)
class Statement:
    """One labelled statement and where it came from."""

    text: str
    label: str
    safety: str
    category: str | None
    author: str
    register: str
    split: str
    hard_negative: bool
    source: str


@dataclass(frozen=True)
class Entry:
    """One whole journal entry, labelled for safety only."""

    text: str
    concerns: frozenset[str]
    author: str
    register: str
    split: str


def writers() -> list[dict[str, str]]:
    """The voice briefs, each with its split."""
    data: list[dict[str, str]] = json.loads((CORPUS / "writers.json").read_text("utf-8"))
    return data


def split_of() -> dict[str, str]:
    """Writer id -> split, for the new writers and the earlier sets."""
    table = {brief["id"]: brief["split"] for brief in writers()}
    table.update({path.stem: "train" for path in _earlier_files()})
    return table


def _earlier_files() -> list[Path]:
    return sorted((CORPUS / "earlier").glob("*.jsonl"))


def _writer_files() -> list[Path]:
    return sorted((CORPUS / "writers").glob("*.jsonl"))


def _rows(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _statement(row: dict[str, object], path: Path, splits: dict[str, str]) -> Statement:
    earlier = path.parent.name == "earlier"
    author = path.stem if earlier else str(row["author"])
    category = row.get("safety_category")
    return Statement(
        text=str(row["text"]),
        label=str(row["label"]),
        safety=str(row["safety"]),
        category=None if category is None else str(category),
        author=author,
        register=EARLIER_REGISTER if earlier else str(row["register"]),
        split=splits[author],
        hard_negative=bool(row.get("hard_negative", False)),
        source=f"{path.parent.name}/{path.name}",
    )


def statements(
    splits: Iterable[str] = ("train", "dev"), *, sealed: bool = False, earlier: bool = True
) -> list[Statement]:
    """The labelled statements of *splits*; ``test`` needs ``sealed=True``."""
    wanted = set(splits)
    if "test" in wanted and not sealed:
        msg = "the test writers are sealed: pass sealed=True only to report release figures"
        raise PermissionError(msg)
    table = split_of()
    files = _writer_files() + (_earlier_files() if earlier else [])
    found = []
    for path in files:
        author = path.stem
        if table.get(author) not in wanted:
            continue
        found += [_statement(row, path, table) for row in _rows(path)]
    return found


def entries(splits: Iterable[str] = ("train", "dev"), *, sealed: bool = False) -> list[Entry]:
    """The whole entries of *splits*; ``test`` needs ``sealed=True``."""
    wanted = set(splits)
    if "test" in wanted and not sealed:
        msg = "the test writers are sealed: pass sealed=True only to report release figures"
        raise PermissionError(msg)
    table = split_of()
    found = []
    for path in sorted((CORPUS / "entries").glob("*.jsonl")):
        if table.get(path.stem) not in wanted:
            continue
        found += [
            Entry(
                text=str(row["text"]),
                concerns=frozenset(cast("list[str]", row["concerns"])),
                author=path.stem,
                register=str(row["register"]),
                split=table[path.stem],
            )
            for row in _rows(path)
        ]
    return found


_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


def normalise(text: str) -> str:
    """The form two near-duplicates share: case, spacing, quotes and edge marks ignored.

    >>> normalise("  He LEFT.  ") == normalise("he left")
    True
    """
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').casefold()
    return _EDGE.sub("", _SPACE.sub(" ", text).strip())


def cross_split_duplicates(rows: Sequence[Statement]) -> dict[str, set[str]]:
    """Normalised texts found in more than one split, with those splits."""
    seen: dict[str, set[str]] = collections.defaultdict(set)
    for row in rows:
        seen[normalise(row.text)].add(row.split)
    return {text: found for text, found in seen.items() if len(found) > 1}


def problems(row: dict[str, object], *, earlier: bool) -> list[str]:
    """What is wrong with one stored row (empty when it is valid)."""
    found = []
    keys = set(row)
    required = _KEYS if earlier else _KEYS | {"author", "register"}
    if not required <= keys:
        found.append(f"missing {sorted(required - keys)}")
    if keys - _KEYS - _OPTIONAL:
        found.append(f"unknown keys {sorted(keys - _KEYS - _OPTIONAL)}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        found.append("text must be a non-blank string")
    if row.get("label") not in LABELS:
        found.append(f"label {row.get('label')!r}")
    safety = row.get("safety")
    category = row.get("safety_category")
    if safety == "none":
        if category is not None:
            found.append("a none statement has no category")
    elif safety in CATEGORIES:
        if not earlier and category not in CATEGORIES[str(safety)]:
            found.append(f"category {category!r} for {safety}")
        if row.get("hard_negative"):
            found.append("a hard negative is never flagged")
    else:
        found.append(f"safety {safety!r}")
    return found


def check() -> list[str]:
    """Every problem in the stored corpus: format, splits, duplicates, minimums."""
    found = []
    table = split_of()
    for path in _writer_files() + _earlier_files():
        if path.stem not in table:
            found.append(f"{path.name}: writer without a split")
        for number, row in enumerate(_rows(path), 1):
            found += [
                f"{path.name}:{number}: {p}"
                for p in problems(row, earlier=path.parent.name == "earlier")
            ]
    rows = statements(SPLITS, sealed=True)
    found += [f"in splits {sorted(s)}: {t!r}" for t, s in cross_split_duplicates(rows).items()]
    found += [f"below minimum: {name}" for name, ok in minimums(rows).items() if not ok]
    return found


def minimums(rows: Sequence[Statement]) -> dict[str, bool]:
    """Whether each minimum of :data:`MINIMUMS` is met by the new writers."""
    new = [row for row in rows if row.source.startswith("writers/")]
    authors = {row.author for row in new}
    test_writers = {row.author for row in new if row.split == "test"}
    met = {
        "statements": len(new) >= MINIMUMS["statements"],
        "writers": len(authors) >= MINIMUMS["writers"],
        "test_writers": len(test_writers) >= MINIMUMS["test_writers"],
        "hard_negatives": sum(r.hard_negative for r in new) >= MINIMUMS["hard_negatives"],
    }
    for concern in CONCERNS:
        flagged = [r for r in new if r.safety == concern]
        met[concern] = len(flagged) >= MINIMUMS[concern]
        counts = collections.Counter(r.category for r in flagged)
        for category in CATEGORIES[concern]:
            met[f"{concern}:{category}"] = counts[category] >= MINIMUMS[f"{concern}_category"]
    return met


def dedupe() -> int:
    """Drop near-duplicates across splits, keeping the test copy, then the dev copy."""
    rank = {"test": 0, "dev": 1, "train": 2}
    rows = statements(SPLITS, sealed=True)
    best: dict[str, int] = {}
    for row in rows:
        key = normalise(row.text)
        best[key] = min(best.get(key, 9), rank[row.split])
    table = split_of()
    dropped = 0
    for path in _writer_files() + _earlier_files():
        split = rank[table[path.stem]]
        kept = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and best[normalise(json.loads(line)["text"])] < split:
                dropped += 1
                continue
            kept.append(line)
        path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return dropped


def training_digest() -> str:
    """A digest of what the classifier trains on: the train writers' files and the briefs.

    The generated weights module records it; a test compares the two, so a
    corpus change without retraining fails.
    """
    table = split_of()
    sha = hashlib.sha256()
    for path in _writer_files() + _earlier_files():
        if table.get(path.stem) == "train":
            sha.update(f"{path.parent.name}/{path.name}".encode())
            sha.update(path.read_bytes().replace(b"\r\n", b"\n"))
    sha.update((CORPUS / "writers.json").read_bytes().replace(b"\r\n", b"\n"))
    return sha.hexdigest()[:16]


def leave_writers_out(
    rows: Sequence[Statement],
    fit: Callable[[Sequence[Statement]], Callable[[str], str]],
    *,
    folds: int = 5,
) -> dict[str, float]:
    """Accuracy on each writer when the model is fitted without that writer's fold.

    Writers are dealt to *folds* groups in sorted order; each group is held
    out once while *fit* learns from the others. Returns writer -> accuracy,
    the figure that counts for anything trained on the corpus.
    """
    authors = sorted({row.author for row in rows})
    group = {author: index % folds for index, author in enumerate(authors)}
    scores: dict[str, float] = {}
    for fold in range(folds):
        held = [row for row in rows if group[row.author] == fold]
        if not held:
            continue
        predict = fit([row for row in rows if group[row.author] != fold])
        by_writer: dict[str, list[bool]] = collections.defaultdict(list)
        for row in held:
            by_writer[row.author].append(predict(row.text) == row.label)
        scores.update({a: sum(hits) / len(hits) for a, hits in by_writer.items()})
    return scores


def counts_table(rows: Sequence[Statement]) -> str:
    """The datasheet's count tables, as Markdown."""
    lines = ["| split | writers | statements | self_harm | violence | hard negatives |"]
    lines.append("|---|---|---|---|---|---|")
    for split in SPLITS:
        part = [r for r in rows if r.split == split]
        lines.append(
            f"| {split} | {len({r.author for r in part})} | {len(part)} | "
            f"{sum(r.safety == 'self_harm' for r in part)} | "
            f"{sum(r.safety == 'violence' for r in part)} | {sum(r.hard_negative for r in part)} |"
        )
    labels = collections.Counter(r.label for r in rows)
    lines += ["", "| label | statements |", "|---|---|"]
    lines += [f"| {label} | {labels[label]} |" for label in LABELS]
    for concern, names in CATEGORIES.items():
        counts = collections.Counter(r.category for r in rows if r.safety == concern)
        lines += ["", f"| {concern} category | statements |", "|---|---|"]
        lines += [f"| {name} | {counts[name]} |" for name in names]
    registers = collections.Counter(r.register for r in rows)
    lines += ["", "| register | statements |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in sorted(registers.items())]
    lines += ["", "| writer | split | register | statements | self_harm | violence |"]
    lines.append("|---|---|---|---|---|---|")
    for author in sorted({r.author for r in rows}):
        mine = [r for r in rows if r.author == author]
        lines.append(
            f"| {author} | {mine[0].split} | {mine[0].register} | {len(mine)} | "
            f"{sum(r.safety == 'self_harm' for r in mine)} | "
            f"{sum(r.safety == 'violence' for r in mine)} |"
        )
    return "\n".join(lines)


_START, _END = "<!-- counts:start -->", "<!-- counts:end -->"


def briefs_table() -> str:
    """The writers' briefs, one row each."""
    columns = ("id", "split", "age", "gender", "country", "first_language", "register")
    lines = ["| " + " | ".join(columns) + " | relationships | feelings |"]
    lines.append("|" + "---|" * (len(columns) + 2))
    for brief in writers():
        cells = [brief[c] for c in columns] + [brief["relationships"], brief["feelings"]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def datasheet_text(current: str) -> str:
    """The datasheet with its generated figures brought up to date."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools import agreement

    head, _, rest = current.partition(_START)
    _, _, tail = rest.partition(_END)
    rows = statements(SPLITS, sealed=True)
    entry_rows = entries(SPLITS, sealed=True)
    flagged = sum(bool(e.concerns) for e in entry_rows)
    parts = [
        "### Counts",
        "",
        counts_table(rows),
        "",
        f"Whole entries: {len(entry_rows)}, of which {flagged} hold a concern in one clause.",
        "",
        "### Agreement of the two labelling passes",
        "",
        agreement.markdown(agreement.figures()),
        "",
        "### The writers' briefs",
        "",
        briefs_table(),
    ]
    body = "\n".join(parts)
    return f"{head}{_START}\n{body}\n{_END}{tail}"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "check":
        found = check()
        for problem in found:
            print(problem)
        print("OK" if not found else f"{len(found)} problems")
        return 1 if found else 0
    if command == "dedupe":
        print(f"dropped {dedupe()} near-duplicates")
        return 0
    if command == "datasheet":
        path = CORPUS / "README.md"
        path.write_text(datasheet_text(path.read_text("utf-8")), encoding="utf-8")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
