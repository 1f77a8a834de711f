"""HTML pieces for the fact-vs-feeling views: label chips, a legend, highlighted cues.

Everything is inline-styled and self-contained (no script, link or remote
asset), so a view renders the same in a notebook, an e-mail or a web page.
All text from the person is escaped here.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

__all__ = ["chip", "highlight", "legend"]

# One colour per label and per cue kind; the safety kinds share one red.
COLOURS = {
    "fact": "#d6e9f8",
    "feeling": "#fde2c4",
    "interpretation": "#e6dcf5",
    "mixed": "#dff0d8",
    "other": "#e8e8e8",
    "self_harm": "#f8c9c9",
    "violence": "#f8c9c9",
}
_NOTES = {
    "fact": "an action, an event, a number: a camera could confirm it",
    "feeling": "your own emotion or a bodily sensation",
    "interpretation": "a judgment, a label, a prediction or mind-reading",
    "mixed": "two or more of these in one statement",
    "other": "a question, a plan or a request",
}


def chip(label: str) -> str:
    """A coloured label chip, e.g. for ``fact``."""
    colour = COLOURS.get(label, "#eee")
    return (
        f'<span style="background:{colour};border-radius:9px;padding:1px 8px;'
        f'font-size:smaller;white-space:nowrap">{escape(label)}</span>'
    )


def legend(labels: Iterable[str] = _NOTES) -> str:
    """What each label's colour means."""
    items = "".join(
        f'<span style="margin-right:10px">{chip(label)} {escape(_NOTES[label])}</span>'
        for label in labels
    )
    return f'<p style="font-size:smaller;line-height:1.8">{items}</p>'


def highlight(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """*text* escaped, with each ``(start, end, kind)`` span marked in its kind's colour.

    Overlapping spans keep the first (earliest, then longest); the marks
    never change the text itself.

    >>> highlight("I feel <sad>", [(7, 12, "feeling")])
    'I feel <mark style="background:#fde2c4;padding:0 2px" title="feeling">&lt;sad&gt;</mark>'
    """
    out = []
    position = 0
    for start, end, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < position or start >= end:
            continue
        out.append(escape(text[position:start]))
        colour = COLOURS.get(kind, "#eee")
        out.append(
            f'<mark style="background:{colour};padding:0 2px" title="{escape(kind)}">'
            f"{escape(text[start:end])}</mark>"
        )
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
