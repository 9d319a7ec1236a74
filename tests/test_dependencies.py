"""Every third-party module imported by the code a user runs is a declared dependency.

An undeclared import works on a machine whose Python happens to carry the package and crashes on a
fresh install (scipy, imported by networkx for the network page's layout, once did). The imports of
app.py, jdash/, ui/, pages/ and bench/ must come from `[project] dependencies`; an import guarded by
`except ImportError` may come from an optional extra instead; tests/ may also use the `test` extra.
Modules are mapped to their distributions with `importlib.metadata.packages_distributions()`, so the
test runs in the installed environment (CI's fresh venv)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOCAL = {"jdash", "ui", "pages", "bench", "tests", "tools", "app"}
RUNTIME = ["app.py", "jdash", "ui", "pages", "bench"]


def normalise(name: str) -> str:
    """A distribution's name as PEP 503 compares it.

    >>> normalise("Noto_CJK.sans-OTC")
    'noto-cjk-sans-otc'
    """
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_name(requirement: str) -> str:
    """The distribution a requirement string names.

    >>> requirement_name("duckdb>=2.0.1 ; python_version >= '3.11'")
    'duckdb'
    """
    return normalise(re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement).group(1))


def _guards_import_error(node: ast.Try) -> bool:
    for handler in node.handlers:
        names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if any(isinstance(n, ast.Name) and n.id in {"ImportError", "ModuleNotFoundError"} for n in names):
            return True
    return False


def imports(tree: ast.AST, optional: bool = False):
    """(top-level module, optional) for each absolute import; optional when inside a try that
    catches ImportError.

    >>> sorted(imports(ast.parse("import a.b\\ntry:\\n    from c import d\\nexcept ImportError:\\n    pass")))
    [('a', False), ('c', True)]
    """
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name.split(".")[0], optional
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module.split(".")[0], optional
        elif isinstance(node, ast.Try) and _guards_import_error(node):
            for child in node.body:
                yield from imports(ast.Module(body=[child], type_ignores=[]), True)
            for part in (*node.handlers, *node.orelse, *node.finalbody):
                yield from imports(part, optional)
        else:
            yield from imports(node, optional)


def third_party(paths: list[str]) -> dict[str, tuple[list[str], bool]]:
    """{module: (files importing it, whether one import is guarded)} for the modules neither stdlib
    nor jdash's own."""
    found: dict[str, tuple[list[str], bool]] = {}
    for name in paths:
        path = ROOT / name
        files = [path] if path.is_file() else sorted(path.rglob("*.py"))
        local = {f.stem for f in files}
        for file in files:
            for module, optional in imports(ast.parse(file.read_text(encoding="utf-8"))):
                if module in sys.stdlib_module_names or module in LOCAL or module in local:
                    continue
                files_of, guarded = found.get(module, ([], False))
                found[module] = ([*files_of, str(file.relative_to(ROOT))], guarded or optional)
    return found


def declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {extra: {requirement_name(r) for r in reqs}
              for extra, reqs in project.get("optional-dependencies", {}).items()}
    return {requirement_name(r) for r in project["dependencies"]}, extras


def undeclared(paths: list[str], allowed: set[str], optional_allowed: set[str]) -> list[str]:
    dists = packages_distributions()
    problems = []
    for module, (files, optional) in sorted(third_party(paths).items()):
        names = {normalise(d) for d in dists.get(module, [])}
        ok = allowed | optional_allowed if optional else allowed
        if not names:
            problems.append(f"{module} (imported by {files[0]}) is not installed by any declared distribution")
        elif not names & ok:
            problems.append(f"{module} (imported by {files[0]}) comes from {sorted(names)}, not declared")
    return problems


def test_runtime_imports_are_declared_dependencies():
    main, extras = declared()
    optional = set().union(*extras.values())
    assert undeclared(RUNTIME, main, optional) == []


def test_test_imports_are_declared_in_the_test_extra():
    main, extras = declared()
    assert undeclared(["tests"], main | extras["test"], set()) == []


def test_the_check_finds_an_undeclared_import(tmp_path, monkeypatch):
    """The check can fail: a module imported but not declared is named with its file."""
    (tmp_path / "mod.py").write_text("import pytest\ntry:\n    import hypothesis\nexcept ImportError:\n    pass\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    problems = undeclared(["mod.py"], {"streamlit"}, set())
    assert any(p.startswith("pytest (imported by mod.py)") for p in problems), problems
    assert any(p.startswith("hypothesis (imported by mod.py)") for p in problems), problems
    assert undeclared(["mod.py"], {"pytest"}, {"hypothesis"}) == []


@pytest.mark.parametrize("script", [".ci/run"])
def test_ci_runs_the_readme_install_and_test_commands(script):
    """`.ci/run` mirrors the README: the same install command and the same test command."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci_lines = {line.strip() for line in (ROOT / script).read_text(encoding="utf-8").splitlines()}
    blocks = re.findall(r"```sh\n(.*?)```", readme, flags=re.S)
    setup = blocks[0].splitlines()
    install = next(line for line in setup if line.startswith("pip install"))
    test_command = blocks[1].strip()
    assert install in ci_lines
    assert test_command in ci_lines
