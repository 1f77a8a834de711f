"""The public names: ``__all__`` lists exactly what each module offers."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from types import ModuleType
from typing import TypeVar

import pytest

import detachkit
import detachkit.strategies


def _public_modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.iter_modules(detachkit.__path__, "detachkit.")
        if not info.name.rsplit(".", 1)[-1].startswith("_")
    ]
    return [importlib.import_module(name) for name in sorted(names)]


def _defined_public_names(module: ModuleType) -> set[str]:
    """Public names a module defines at top level (not ones it imports)."""
    tree = ast.parse(inspect.getsource(module))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {
        name
        for name in names
        if not name.startswith("_") and not isinstance(getattr(module, name), TypeVar)
    }


def _isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then functions."""
    if name.isupper():
        return (0, name)
    return (1 if name[:1].isupper() else 2, name)


class TestAll:
    def test_package_all_is_sorted_and_unique(self) -> None:
        """The package's ``__all__`` is sorted (case-sensitive) without repeats."""
        names = list(detachkit.__all__)
        assert names == sorted(set(names), key=_isort_key)

    def test_package_all_names_resolve(self) -> None:
        """Every name in the package's ``__all__`` is importable from it."""
        missing = [name for name in detachkit.__all__ if not hasattr(detachkit, name)]
        assert missing == []

    def test_package_reexports_every_module_all(self) -> None:
        """The package re-exports every public name of every public module."""
        exported = set(detachkit.__all__)
        for module in _public_modules():
            if module.__name__ in {
                "detachkit.__main__",
                "detachkit.strategies",
                "detachkit.frames",
            }:
                continue
            assert set(module.__all__) <= exported, module.__name__

    @pytest.mark.parametrize(
        "module",
        [m for m in _public_modules() if m.__name__ != "detachkit.strategies"],
        ids=lambda m: m.__name__,
    )
    def test_module_all_matches_public_names(self, module: ModuleType) -> None:
        """A module's ``__all__`` names exactly the public things it defines."""
        assert sorted(module.__all__) == sorted(_defined_public_names(module))

    def test_strategies_all_matches_exports(self) -> None:
        """``detachkit.strategies.__all__`` lists exactly its public functions."""
        public = {
            name
            for name, value in vars(detachkit.strategies).items()
            if not name.startswith("_") and callable(value)
        }
        assert sorted(detachkit.strategies.__all__) == sorted(public)

    def test_design_contract_names(self) -> None:
        """The names DESIGN.md promises are importable from ``detachkit``."""
        promised = {
            "RelationshipKind",
            "ContactLevel",
            "SafetyConcern",
            "CrisisResource",
            "DEFAULT_RESOURCES",
            "resources_for",
            "DetachkitError",
            "InvalidInputError",
            "Checklist",
            "ChecklistItem",
            "Band",
            "Frequency",
            "score_checklist",
            "score_signs",
            "SIGNS_CHECKLIST",
            "PROGRESS_CHECKLIST",
            "Assessment",
            "to_dict",
            "from_dict",
            "to_json",
            "from_json",
            "IncompleteResponsesError",
        }
        assert promised <= set(detachkit.__all__)


class TestVersion:
    def test_version_is_the_installed_one(self) -> None:
        """``detachkit.__version__`` is the installed distribution's version."""
        from importlib.metadata import version

        assert detachkit.__version__ == version("detachkit")

    def test_cli_prints_the_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """``python -m detachkit --version`` prints the same version and exits 0."""
        from detachkit.__main__ import main

        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert info.value.code == 0
        assert capsys.readouterr().out.strip() == f"detachkit {detachkit.__version__}"
