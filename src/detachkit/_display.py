"""Shared pieces for rendering results as text and as notebook HTML.

Every rendered result ends with the crisis resources and the
not-a-diagnosis note, so no renderer can forget them. HTML is escaped and
self-contained (inline styles only, no external assets).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from detachkit.vocabulary import DEFAULT_RESOURCES, DISCLAIMER, CrisisResource, SafetyConcern

__all__ = ["html_card", "html_list", "safety_html", "safety_text", "text_block"]

_SAFETY_BANNER = (
    "Safety comes first: please reach out to one of the resources below, and "
    "involve a specialist before any other step."
)


FOOTER_START = "If you are in crisis or in danger:"
"""The first line of the resources-and-disclaimer footer of every text view."""


def without_footer(text: str) -> str:
    """A text view without its footer, for reports that print the footer once."""
    return text.split("\n\n" + FOOTER_START, 1)[0]


def plural(count: int, word: str, many: str | None = None) -> str:
    """A count with its noun: ``plural(1, "time")`` is ``"1 time"``, 3 gives ``"3 times"``."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def _resource_lines(resources: Iterable[CrisisResource]) -> list[str]:
    return [str(resource) for resource in resources]


def text_block(
    title: str,
    lines: Iterable[str],
    *,
    safety_first: bool = False,
    resources: tuple[CrisisResource, ...] = (),
) -> str:
    """Render a result as plain text, with resources and the disclaimer.

    *resources* are the result's own; without any, the built-in ones are shown.
    """
    resources = resources or DEFAULT_RESOURCES
    out = [title, "=" * len(title)]
    if safety_first:
        out += ["!! " + _SAFETY_BANNER, ""]
    out += list(lines)
    out += ["", FOOTER_START]
    out += ["  - " + line for line in _resource_lines(resources)]
    out += ["", DISCLAIMER]
    return "\n".join(out)


def html_list(items: Iterable[str]) -> str:
    """An escaped ``<ul>`` of *items* (empty string when there are none)."""
    rows = "".join(f"<li>{escape(item)}</li>" for item in items)
    return f"<ul>{rows}</ul>" if rows else ""


def html_card(
    title: str,
    body: str,
    *,
    safety_first: bool = False,
    resources: tuple[CrisisResource, ...] = (),
    banner_detail: str = "",
) -> str:
    """Wrap already-escaped *body* HTML in a self-contained card.

    The title is escaped here; a safety banner comes first when
    *safety_first* (with *banner_detail*, say which statement raised it),
    and resources (the result's own, else the built-in ones) and the
    disclaimer are appended.
    """
    resources = resources or DEFAULT_RESOURCES
    detail = f"<br>{escape(banner_detail)}" if banner_detail else ""
    banner = (
        '<p style="background:#fde8e8;border-left:4px solid #c0392b;'
        f'padding:6px 10px;margin:6px 0"><strong>{escape(_SAFETY_BANNER)}</strong>'
        f"{detail}</p>"
        if safety_first
        else ""
    )
    return (
        '<div class="detachkit-result" style="font-family:sans-serif;'
        'border:1px solid #ccc;border-radius:6px;padding:10px 14px;max-width:48em">'
        f'{banner}<h4 style="margin:0 0 6px 0">{escape(title)}</h4>{body}'
        '<p style="margin:8px 0 2px 0"><strong>If you are in crisis or in danger:'
        f"</strong></p>{html_list(_resource_lines(resources))}"
        f'<p style="font-size:smaller;color:#555">{escape(DISCLAIMER)}</p></div>'
    )


def _safety_notes(
    safety: Iterable[SafetyConcern], unscreened: Iterable[str]
) -> list[tuple[str, str]]:
    notes = []
    concerns = sorted(concern.label for concern in safety)
    if concerns:
        notes.append(("Safety concerns", ", ".join(concerns)))
    waiting = list(unscreened)
    if waiting:
        notes.append(
            ("Not screened yet (unanswered, which is not the same as absent)", ", ".join(waiting))
        )
    return notes


def safety_text(safety: Iterable[SafetyConcern], unscreened: Iterable[str] = ()) -> list[str]:
    """Text lines naming the safety concerns and the unscreened red flags."""
    return [f"{label}: {value}" for label, value in _safety_notes(safety, unscreened)]


def safety_html(safety: Iterable[SafetyConcern], unscreened: Iterable[str] = ()) -> str:
    """Escaped HTML paragraphs naming the concerns and the unscreened red flags."""
    return "".join(
        f"<p><strong>{escape(label)}:</strong> {escape(value)}</p>"
        for label, value in _safety_notes(safety, unscreened)
    )
