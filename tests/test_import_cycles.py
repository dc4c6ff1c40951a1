"""No import cycles between the package's modules (DESIGN.md), imports inside functions
included: a function-level import hides a dependency, it does not remove it.

The graph is grimp's (import-linter's own graph library), which records every import
statement wherever it stands. A cycle is a strongly connected component of more than one
module; the failure names its modules and one closed chain through them.
"""
import sys
import textwrap

import grimp

PACKAGE = "annstudio"


def build(package=PACKAGE):
    return grimp.build_graph(package, include_external_packages=False, cache_dir=None)


def cycles(graph):
    """The graph's import cycles: sorted lists of the modules of each strongly connected
    component with more than one module (Tarjan's algorithm, iterative)."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m)) for m in graph.modules}
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(edges[w])))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        component.append(w)
                        if w == v:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return sorted(found)


def describe(graph, component):
    """One closed chain through a cycle, with the line of each import: a → b (line) → … → a."""
    a = component[0]
    b = next(m for m in sorted(graph.find_modules_directly_imported_by(a)) if m in component)
    chain = [a] + list(graph.find_shortest_chain(importer=b, imported=a))
    steps = []
    for importer, imported in zip(chain, chain[1:]):
        lines = [d["line_number"] for d in graph.get_import_details(importer=importer,
                                                                    imported=imported)]
        steps.append(f"{importer} → {imported} (line {', '.join(map(str, lines))})")
    return f"{', '.join(component)}:\n      " + "\n      ".join(steps)


def report(graph):
    return "\n  ".join(describe(graph, c) for c in cycles(graph))


def test_the_package_has_no_import_cycles():
    graph = build()
    assert len(graph.modules) > 50
    found = cycles(graph)
    assert not found, f"{len(found)} import cycle(s):\n  {report(graph)}"


def test_the_checker_finds_a_cycle_added_to_the_graph():
    graph = build()
    graph.add_import(importer="annstudio.core.errors", imported="annstudio.core.training",
                     line_number=1, line_contents="from annstudio.core import training")
    found = cycles(graph)
    assert len(found) == 1
    assert {"annstudio.core.errors", "annstudio.core.training"} <= set(found[0])
    assert "annstudio.core.errors → annstudio.core.training (line 1)" in report(graph)


def test_the_checker_counts_an_import_inside_a_function(tmp_path, monkeypatch):
    """A planted package where one side of the cycle imports lazily, inside a function."""
    pkg = tmp_path / "planted_cycle"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "upper.py").write_text("from planted_cycle import lower\n")
    (pkg / "lower.py").write_text(textwrap.dedent("""\
        def f():
            from planted_cycle import upper
            return upper
        """))
    (pkg / "alone.py").write_text("from planted_cycle import lower\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        graph = build("planted_cycle")
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "planted_cycle"]:
            del sys.modules[name]
    assert cycles(graph) == [["planted_cycle.lower", "planted_cycle.upper"]]
    assert "planted_cycle.lower → planted_cycle.upper (line 2)" in report(graph)
    (pkg / "lower.py").write_text("def f():\n    return 1\n")     # the cycle removed
    assert cycles(build("planted_cycle")) == []
