"""The package's wings import only what their docstrings allow (the picture in README stays true)."""
import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "extraction"

# What each part of `extraction` may import from the project, besides itself. The root
# package (`extraction`, which holds only EXTRACTOR_VERSION) may be imported by anyone.
ALLOWED = {
    "extraction.model": set(),
    "extraction.lang": set(),
    "extraction.readers": {"extraction.model"},
    "extraction.evaluate": {"extraction.model", "extraction.pipeline"},
    "extraction.pipeline": {"extraction.model", "extraction.lang"},
    "extraction.store": {"extraction.pipeline", "extraction.model", "extraction.readers"},
    "extraction.cli": {"extraction.model", "extraction.lang", "extraction.readers",
                       "extraction.evaluate", "extraction.pipeline", "extraction.store"},
    "extraction.__main__": {"extraction.cli"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every project module named by an import in `path`, relative imports resolved."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found |= {f"{target}.{a.name}" for a in node.names
                      if (ROOT / Path(*f"{target}.{a.name}".split("."))).exists()
                      or (ROOT / Path(*f"{target}.{a.name}".split("."))).with_suffix(".py").exists()}
    return {m for m in found if m.split(".")[0] in ("extraction", "dashboard")}


def _part(module: str) -> str:
    """The wing or top-level module that `module` belongs to."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def _wing_modules():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_layout_every_module_belongs_to_a_known_part():
    unknown = {_part(_module_name(p)) for p in _wing_modules()} - set(ALLOWED) - {"extraction"}
    assert not unknown, f"add {unknown} to ALLOWED with the imports it may make"


@pytest.mark.parametrize("path", _wing_modules(), ids=lambda p: str(p.relative_to(ROOT)))
def test_layout_imports_follow_the_wing_rules(path):
    own = _part(_module_name(path))
    allowed = ALLOWED.get(own, set()) | {own, "extraction"}
    wrong = sorted(m for m in _imports(path) if _part(m) not in allowed)
    assert not wrong, f"{own} may not import {wrong}"


def test_layout_dashboard_never_imports_the_commands():
    paths = sorted((ROOT / "dashboard").rglob("*.py"))
    wrong = sorted({m for p in paths for m in _imports(p) if _part(m) == "extraction.cli"})
    assert not wrong, wrong


@pytest.mark.parametrize("module", ["extraction.readers", "extraction.store.ingest",
                                    "extraction.pipeline.run"])
def test_layout_import_walker_sees_real_imports(module):
    path = ROOT / Path(*module.split(".")).with_suffix(".py")
    assert _imports(path), f"the walker found no project import in {module}"
