"""The HTML views a person looks at: self-contained, and kept as screenshots in the docs."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from detachkit import DISCLAIMER, analyze_entry, classify

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "docs" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_view_has_a_page_and_a_screenshot(tmp_path: Path) -> None:
    """The script writes one self-contained page per view, and the docs keep its PNG."""
    pages = _script().write_pages(tmp_path)
    assert len(pages) == 7
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "not a diagnosis" in html
        assert "<script" not in html and "http" not in html
        assert (ROOT / "docs" / "_static" / "screenshots" / f"{page.stem}.png").is_file()


def test_banner_first_and_naming_the_statement() -> None:
    """An entry's safety banner comes before the title and names the statement."""
    html = analyze_entry("He left. He choked me last night.")._repr_html_()
    assert html.index("Safety comes first") < html.index("Journal entry")
    assert "Raised by statement 2" in html
    assert DISCLAIMER.split(".")[0] in html


def test_cues_are_marked_in_the_text_and_labels_are_chips() -> None:
    """Each cue is a mark around its own words; the label is a chip; a legend explains."""
    result = classify("I felt humiliated when he mocked me <b>there</b>.")
    html = result._repr_html_()
    assert 'title="feeling">humiliated</mark>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert "a camera could confirm it" in html
