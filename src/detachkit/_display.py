"""Shared pieces for rendering results as text and as notebook HTML.

Every rendered result ends with the crisis resources and the
not-a-diagnosis note, so no renderer can forget them. HTML is escaped and
self-contained (inline styles only, no external assets).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from detachkit.vocabulary import DEFAULT_RESOURCES, DISCLAIMER, CrisisResource

__all__ = ["html_card", "html_list", "text_block"]

_SAFETY_BANNER = (
    "Safety comes first: please reach out to one of the resources below, and "
    "involve a specialist before any other step."
)


def _resource_lines(resources: Iterable[CrisisResource]) -> list[str]:
    return [str(resource) for resource in resources]


def text_block(
    title: str,
    lines: Iterable[str],
    *,
    safety_first: bool = False,
    resources: tuple[CrisisResource, ...] = DEFAULT_RESOURCES,
) -> str:
    """Render a result as plain text, with resources and the disclaimer."""
    out = [title, "=" * len(title)]
    if safety_first:
        out += ["!! " + _SAFETY_BANNER, ""]
    out += list(lines)
    out += ["", "If you are in crisis or in danger:"]
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
    resources: tuple[CrisisResource, ...] = DEFAULT_RESOURCES,
) -> str:
    """Wrap already-escaped *body* HTML in a self-contained card.

    The title is escaped here; resources and the disclaimer are appended.
    """
    banner = (
        '<p style="background:#fde8e8;border-left:4px solid #c0392b;'
        f'padding:6px 10px;margin:6px 0"><strong>{escape(_SAFETY_BANNER)}</strong></p>'
        if safety_first
        else ""
    )
    return (
        '<div class="detachkit-result" style="font-family:sans-serif;'
        'border:1px solid #ccc;border-radius:6px;padding:10px 14px;max-width:48em">'
        f"<h4 style=\"margin:0 0 6px 0\">{escape(title)}</h4>{banner}{body}"
        "<p style=\"margin:8px 0 2px 0\"><strong>If you are in crisis or in danger:"
        f"</strong></p>{html_list(_resource_lines(resources))}"
        f'<p style="font-size:smaller;color:#555">{escape(DISCLAIMER)}</p></div>'
    )
