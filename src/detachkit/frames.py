"""Classify a pandas Series of statements or entries into a DataFrame.

Needs the ``pandas`` extra (``pip install "detachkit[pandas]"``); pandas is
imported only when one of these functions is called, so ``import
detachkit`` never pays for it. The result keeps the Series' index, so it
joins back onto the data it came from.

>>> import pandas as pd
>>> from detachkit.frames import classify_series
>>> frame = classify_series(pd.Series(["He left at 9.", "I feel so alone."], index=[10, 11]))
>>> frame["label"].to_dict()
{10: 'fact', 11: 'feeling'}
>>> bool(frame["self_harm"].any())
False
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detachkit._resources import check_resource_list
from detachkit.errors import InvalidInputError
from detachkit.factfeeling import analyze_entry, classify
from detachkit.vocabulary import CrisisResource, SafetyConcern

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["analyze_series", "classify_series"]

_LABELS = ("fact", "feeling", "interpretation", "mixed", "other")


def _texts(series: object, name: str) -> list[str]:
    import pandas as pd

    if not isinstance(series, pd.Series):
        raise InvalidInputError(name, series, "a pandas Series of strings")
    values = series.tolist()
    InvalidInputError.collect(
        InvalidInputError(f"{name}[{index!r}]", value, "a string")
        for index, value in zip(series.index, values, strict=True)
        if not isinstance(value, str)
    )
    return values


def classify_series(
    series: pd.Series, *, resources: tuple[CrisisResource, ...] | None = None
) -> pd.DataFrame:
    """One row per statement, on the same index.

    Columns: ``label``, ``confidence``, ``parts`` (a tuple of kinds),
    ``self_harm`` and ``violence`` (bools), ``traps`` (a tuple of trap
    names) and ``resources`` (the ids of the crisis resources attached when
    a concern was found).
    """
    import pandas as pd

    texts = _texts(series, "series")
    chosen = check_resource_list("resources", resources)
    results = [classify(text, resources=chosen) for text in texts]
    frame: pd.DataFrame = pd.DataFrame(
        {
            "label": [r.label.value for r in results],
            "confidence": [r.confidence for r in results],
            "parts": [tuple(sorted(p.value for p in r.parts)) for r in results],
            "self_harm": [SafetyConcern.SELF_HARM in r.safety for r in results],
            "violence": [SafetyConcern.VIOLENCE in r.safety for r in results],
            "traps": [tuple(sorted(t.value for t in r.traps)) for r in results],
            "resources": [tuple(x.id for x in r.resources) for r in results],
        },
        index=series.index,
    )
    return frame


def analyze_series(
    series: pd.Series, *, resources: tuple[CrisisResource, ...] | None = None
) -> pd.DataFrame:
    """One row per journal entry, on the same index.

    Columns: ``statements`` (how many), one count per label, ``self_harm``
    and ``violence`` (any statement raised it) and ``resources``.
    """
    import pandas as pd

    texts = _texts(series, "series")
    chosen = check_resource_list("resources", resources)
    results = [analyze_entry(text, resources=chosen) for text in texts]
    columns: dict[str, list[object]] = {"statements": [len(r.statements) for r in results]}
    for label in _LABELS:
        columns[label] = [getattr(r.counts, label) for r in results]
    columns["self_harm"] = [SafetyConcern.SELF_HARM in r.safety for r in results]
    columns["violence"] = [SafetyConcern.VIOLENCE in r.safety for r in results]
    columns["resources"] = [tuple(x.id for x in r.resources) for r in results]
    frame: pd.DataFrame = pd.DataFrame(columns, index=series.index)
    return frame
