"""Render every result view in a real browser and keep one screenshot of each.

    python docs/screenshots.py            # needs chromium (apt-get install chromium)

Writes each view's HTML, as a notebook would show it, to
``docs/_static/screenshots/<name>.html`` and, with headless Chromium, a PNG
beside it, then keeps only the PNG; the docs page ``views.md`` shows them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "_static" / "screenshots"
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{name}</title></head>
<body style="margin:12px;background:#fff">{body}</body></html>"""


def views() -> dict[str, str]:
    """The HTML of one example of each result, by file name."""
    from detachkit import (
        SIGNS_CHECKLIST,
        Boundary,
        BoundaryEvent,
        analyze_entry,
        classify,
        estimate_recovery,
        fact_check,
        next_steps,
        review_boundaries,
        score_signs,
    )

    answers: dict[str, object] = {item.id: 2 for item in SIGNS_CHECKLIST.items}
    answers.update(physical_harm=0, threats_or_fear=1, verbal_abuse=2, self_harm_thoughts=0)
    assessment = score_signs(answers)
    entry = analyze_entry(
        "Sam called four times while I was at work on Tuesday. I felt sick every time "
        "the phone lit up. He never respects my time. Last night he grabbed my wrist "
        "when I tried to leave. Should I tell my sister?"
    )
    boundary = Boundary(id="calls", limit="calling me at work", consequence="I let it ring")
    event = BoundaryEvent(boundary_id="calls", when=datetime(2026, 3, 4, 11), enforced=False)
    results = {
        "classification": classify("I felt humiliated when he mocked me in front of his friends."),
        "entry": entry,
        "fact_check": fact_check("I feel guilty", ["He said I was selfish"], intensity=8),
        "assessment": assessment,
        "recovery": estimate_recovery(timedelta(days=3 * 365)),
        "boundary_review": review_boundaries([boundary], [event]),
        "plan": next_steps(assessment, boundaries=[boundary], events=[event], journal=[entry]),
    }
    return {name: result._repr_html_() for name, result in results.items()}  # type: ignore[attr-defined]


def write_pages(folder: Path = OUT) -> list[Path]:
    """Write each view as a standalone HTML page; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, body in views().items():
        path = folder / f"{name}.html"
        path.write_text(PAGE.format(name=name, body=body), encoding="utf-8")
        paths.append(path)
    return paths


def screenshot(page: Path, browser: str) -> Path:
    """A PNG of *page* from headless Chromium, beside it."""
    png = page.with_suffix(".png")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=820,1400",
            f"--screenshot={png}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return png


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    pages = write_pages()
    if browser is None:
        print("chromium not found: wrote the HTML pages only", file=sys.stderr)
        return 1
    for page in pages:
        print(screenshot(page, browser).relative_to(ROOT))
        page.unlink()  # the PNG is what the docs keep
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
