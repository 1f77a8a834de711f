"""Sphinx configuration for detachkit's documentation."""

from __future__ import annotations

import sys
from importlib.metadata import version as package_version
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(_HERE))

project = "detachkit"
author = "detachkit contributors"
copyright = "2026, detachkit contributors"
release = package_version("detachkit")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

doctest_global_setup = "import detachkit"
# Docstring examples run under pytest (--doctest-modules), with their module
# namespace; here only the pages' own doctest blocks run.
doctest_test_doctest_blocks = ""

html_theme = "furo"
html_title = "detachkit"


def _generate_pages() -> None:
    """Write the pages that are generated from the library's registries."""
    from generate_rules import write_rules_page  # noqa: PLC0415 (docs/ is on sys.path only now)

    write_rules_page(_HERE / "rules.md")


_generate_pages()
