"""The folder tree tells the pipeline, and imports run one way:
cli → review → commands → pipeline → run → stages (read → extract → assemble →
render | draft) → store, config → paths → model, errors. Drawn from the code
itself (every import, the ones inside functions too)."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "briefgen"
MAX_LINES = 400

# Rank of each top-level part; a module may import its own part or a part of
# lower rank. Parts of equal rank do not import each other.
RANK = {
    "errors": 0, "model": 0, "i18n": 0, "": 0,  # "" is briefgen/__init__ (the version)
    "paths": 1, "places": 1, "config": 2, "store": 2,
    "read": 3, "extract": 4, "assemble": 5, "render": 6, "draft": 6,
    "run": 7, "pipeline": 8, "commands": 9, "review": 9.5, "cli": 10, "__main__": 11,
}


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def part(module: str) -> str:
    bits = module.split(".")
    return bits[1] if len(bits) > 1 else ""


def imports_of(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "briefgen":
            for alias in node.names:  # "from briefgen.read import registry" imports a module
                sub = f"{node.module}.{alias.name}"
                found.add(sub if _is_module(sub) else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "briefgen")
    return found


def _is_module(name: str) -> bool:
    rel = Path(*name.split(".")[1:])
    return (PACKAGE / rel).with_suffix(".py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}


def test_every_part_has_a_rank():
    assert {part(m) for m in graph()} <= set(RANK)


def test_imports_run_one_way():
    wrong = []
    for mod, deps in graph().items():
        for dep in deps:
            a, b = part(mod), part(dep)
            if a != b and RANK[b] >= RANK[a]:
                wrong.append(f"{mod} imports {dep}")
    assert not wrong, "\n".join(sorted(wrong))


def test_no_import_cycle():
    g = graph()
    state: dict[str, int] = {}
    cycles = []

    def visit(node, stack):
        state[node] = 1
        for dep in sorted(g.get(node, ())):
            if dep == node or dep not in g:
                continue
            # a package's __init__ importing its own modules is how Python
            # builds a package, not a cycle: follow real dependencies only
            if node.startswith(dep + "."):
                continue
            if state.get(dep) == 1:
                cycles.append(" → ".join(stack[stack.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep, stack + [dep])
        state[node] = 2

    for node in sorted(g):
        if node not in state:
            visit(node, [node])
    assert not cycles, "\n".join(cycles)


def test_modules_stay_small():
    big = {module_name(p): n for p in PACKAGE.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big


def test_each_package_names_its_entry_points():
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and "Entry point" in doc, init
