"""The layout holds: apps import one way (portal -> costs -> agencies ->
accounts), the feature packages of costs import only downward, and no module
imports another in a circle, not even from inside a function."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["accounts", "agencies", "costs", "portal"]  # lowest first
# The layers of costs, lowest first. A module may import its own package and
# any lower layer, never a higher one.
COSTS_LAYERS = [
    "costs.models",
    # The public pages' version keys: bumped by queue and the shell, read by views.
    "costs.pagecache",
    "costs.queue",
    "costs.catalogue",
    "costs.privacy",
    "costs.flags",
    "costs.disclosures",
    "costs.reports",
    "costs.review",
    "costs.public",
    "costs.feecheck",
    "costs.opendata",
    # The app's shell: wiring that may use every feature.
    "costs.tasks costs.admin costs.urls costs.demo costs.translation costs.apps "
    "costs.templatetags costs.management",
]


def _modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            is_package = parts[-1] == "__init__"
            if is_package:
                parts = parts[:-1]
            yield ".".join(parts), path, is_package


def _imports(name: str, path: Path, is_package: bool) -> set[str]:
    """Every project module this file imports, at the top or inside a function."""
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.add(target)
            # `from . import queue` names a module, not an attribute.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return {m for m in found if m.split(".")[0] in APPS}


MODULES = {name: _imports(name, path, pkg) for name, path, pkg in _modules()}


def _existing(module: str) -> str:
    """The module itself, or its package when it names an attribute."""
    while module not in MODULES and "." in module:
        module = module.rpartition(".")[0]
    return module


def _layer(module: str) -> int | None:
    for index, layer in enumerate(COSTS_LAYERS):
        for prefix in layer.split():
            if module == prefix or module.startswith(prefix + "."):
                return index
    return None


def test_apps_import_one_way():
    upward = [
        (name, target)
        for name, targets in MODULES.items()
        for target in targets
        if APPS.index(target.split(".")[0]) > APPS.index(name.split(".")[0])
    ]
    assert upward == []


def test_every_costs_module_has_a_layer():
    assert [name for name in MODULES if name.startswith("costs.") and _layer(name) is None] == []


def test_costs_packages_import_only_downward():
    upward = [
        (name, target)
        for name, targets in MODULES.items()
        if name.startswith("costs.")
        for target in targets
        if target.startswith("costs.") and (_layer(target) or 0) > _layer(name)
    ]
    assert upward == []


def test_services_never_import_the_tasks():
    importers = [name for name, targets in MODULES.items() if "costs.tasks" in targets]
    assert importers == ["costs.apps"]


def test_no_module_imports_in_a_circle():
    graph = {
        name: {_existing(t) for t in targets} - {name, _package(name)}
        for name, targets in MODULES.items()
    }
    cycles, state = [], {}

    def visit(node, trail):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                cycles.append(trail[trail.index(nxt) :] + [nxt])
            elif nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def _package(name: str) -> str:
    return name.rpartition(".")[0]
