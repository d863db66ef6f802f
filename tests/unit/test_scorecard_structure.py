"""The importer's structure stays as the design says: every word list a council's file may
use lives in the vocabulary, no module decides anything by reading a warning's text, and the
modules of the scorecard package import one another without a cycle."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.scorecard import vocabulary

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "desktop" / "scorecard"

# module-level collections of words that are not the files' vocabulary, and why
NOT_VOCABULARY: dict[str, str] = {}
# the read stage knows no meaning (it may import only itself and the model): its lists are
# file-format names — error values, OOXML operators, number formats, colours, extensions;
# the store stage's lists are the store's own table and column names
NOT_VOCABULARY_PACKAGES = ("read/", "store/")


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _own_names() -> set[str]:
    """The importer's own names for things — fields, period kinds, shapes, roles — which
    are no council's words: every heading field, and every value of a Literal type."""
    names = set(vocabulary.SYNONYMS)
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "Literal":
                names.update(
                    n.value
                    for n in ast.walk(node.slice)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                )
    return names


def _members(node: ast.expr) -> list[ast.expr]:
    """What a collection literal holds: a set's or tuple's items, a dict's keys."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("frozenset", "set", "tuple"):
        return [m for arg in node.args for m in _members(arg)]
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        return list(node.elts)
    if isinstance(node, ast.Dict):
        return [k for k in node.keys if k is not None]
    return []


def _word_lists() -> dict[str, list[str]]:
    own = _own_names()
    found: dict[str, list[str]] = {}
    for path in _modules():
        rel = _rel(path)
        if rel == "vocabulary.py" or rel.startswith(NOT_VOCABULARY_PACKAGES):
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name, value = node.targets[0].id, node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                name, value = node.target.id, node.value
            else:
                continue
            if name == "__all__" or value is None:
                continue
            words = [
                m.value
                for m in _members(value)
                if isinstance(m, ast.Constant)
                and isinstance(m.value, str)
                and re.search(r"[A-Za-z]{2}", m.value)
                and m.value not in own
            ]
            if len(words) >= 3:
                found[f"{rel}:{name}"] = words
    return found


def test_every_word_list_is_in_the_vocabulary() -> None:
    outside = {k: v for k, v in _word_lists().items() if k not in NOT_VOCABULARY}
    assert outside == {}, "move these word lists into desktop/scorecard/vocabulary.py"


# words a pattern may hold outside the vocabulary: the function words and ordinal endings
# that join its parts ("5 out of 22", "12 months to", "1st"), which are the grammar of
# English and no council's own wording
GRAMMAR_WORDS = frozenset({"of", "out", "to", "is", "st", "nd", "rd", "th"})
_REGEX_CALLS = frozenset(
    {"compile", "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer"}
)
# what in a pattern is syntax, not words: named groups, flags, escapes, classes, counts
_REGEX_SYNTAX = re.compile(
    r"\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux]+\)|\(\?[aiLmsux-]+:|\\[A-Za-z]|\\N\{[^}]*\}"
    r"|\[(?:\\.|[^\]\\])*\]|\{\d*,?\d*\}"
)


def _literal(node: ast.expr | None, consts: dict[str, ast.expr], seen: frozenset[str]) -> str:
    """The literal text of a pattern: its strings, f-string parts and the module's own
    string constants it is built from (pieces taken from the vocabulary are not literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(
            _literal(v.value if isinstance(v, ast.FormattedValue) else v, consts, seen)
            for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return f"{_literal(node.left, consts, seen)} {_literal(node.right, consts, seen)}"
    if isinstance(node, ast.Name) and node.id in consts and node.id not in seen:
        return _literal(consts[node.id], consts, seen | {node.id})
    return ""


def _pattern_words(source: str) -> list[tuple[int, list[str]]]:
    """(line, words) of each regular expression in the source that holds words."""
    tree = ast.parse(source)
    consts: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            consts[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            consts[node.target.id] = node.value
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _REGEX_CALLS
            and getattr(node.func.value, "id", "") == "re"
            and node.args
        ):
            continue
        text = _REGEX_SYNTAX.sub(" ", _literal(node.args[0], consts, frozenset()))
        words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{2,}", text)} - GRAMMAR_WORDS)
        if words:
            found.append((node.lineno, words))
    return found


def test_every_pattern_of_words_is_in_the_vocabulary() -> None:
    """A regular expression holding a council's words ('quarter', 'ytd', 'provisional') is
    built from the vocabulary's pieces, so adding a council's wording is a vocabulary change."""
    outside = {
        f"{_rel(path)}:{line}": words
        for path in _modules()
        if _rel(path) != "vocabulary.py" and not _rel(path).startswith(NOT_VOCABULARY_PACKAGES)
        for line, words in _pattern_words(path.read_text(encoding="utf-8"))
    }
    assert outside == {}, "build these patterns from pieces in desktop/scorecard/vocabulary.py"


def test_the_pattern_check_sees_words_however_the_pattern_is_built() -> None:
    source = (
        "import re\n"
        "_Q = r'(?:q|qtr|quarter)'\n"
        "A = re.compile(rf'{_Q}\\s*(?P<q>[1-4])')\n"
        "B = re.compile(r'\\b(?:ytd|year to date)\\b', re.I)\n"
        "C = re.compile(rf'{vocabulary.QUARTER_NAME}\\s*(?P<q>[1-4])\\s+of\\s+\\d')\n"
        "D = re.compile(r'(?i)^[A-Za-z]{1,8}\\d+(?:st|nd)?$')\n"
    )
    assert _pattern_words(source) == [(3, ["qtr", "quarter"]), (4, ["date", "year", "ytd"])]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports_at_load(path: Path, known: set[str]) -> set[str]:
    """The package's modules this one imports when it is loaded (not inside functions, not
    under TYPE_CHECKING): 'from a.b import c' is a.b.c when c is a module, else a.b."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                inner = f"{node.module}.{alias.name}"
                if inner in known:
                    found.add(inner)
                elif node.module in known:
                    found.add(node.module)
    return found


def test_the_scorecard_modules_import_one_another_without_a_cycle() -> None:
    modules = {_module_name(p): p for p in _modules()}
    graph = {name: _imports_at_load(path, set(modules)) - {name} for name, path in modules.items()}
    state: dict[str, int] = {}  # 1: being walked, 2: done
    cycles: list[list[str]] = []

    def walk(name: str, trail: list[str]) -> None:
        state[name] = 1
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                cycles.append([*trail[trail.index(other) :], other] if other in trail else [other])
            elif other not in state:
                walk(other, [*trail, other])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            walk(name, [name])
    assert cycles == []


def test_the_graph_walk_finds_a_cycle_when_there_is_one(tmp_path: Path) -> None:
    """The cycle test above would fail on two modules importing each other."""
    known = {"desktop.scorecard.a", "desktop.scorecard.b"}
    first, second = tmp_path / "a.py", tmp_path / "b.py"
    first.write_text("from desktop.scorecard import b\n", encoding="utf-8")
    second.write_text("from desktop.scorecard.a import thing\n", encoding="utf-8")
    assert _imports_at_load(first, known) == {"desktop.scorecard.b"}
    assert _imports_at_load(second, known) == {"desktop.scorecard.a"}


def _reads_texts(node: ast.AST) -> bool:
    """Whether the code tests a text: 'x' in text, text.startswith(...), text.lower()."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Compare) and any(
            isinstance(op, ast.In | ast.NotIn) for op in inner.ops
        ):
            sides = [inner.left, *inner.comparators]
            if any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in sides):
                return True
        if isinstance(inner, ast.Call) and getattr(inner.func, "attr", "") in (
            "startswith",
            "endswith",
            "lower",
            "find",
            "search",
            "match",
        ):
            return True
    return False


def _decisions_on_warnings(tree: ast.AST) -> list[int]:
    """Lines that walk a list of warnings and test what their texts say."""
    found: list[int] = []
    for node in ast.walk(tree):
        tested: list[ast.AST] = []
        if isinstance(node, ast.GeneratorExp | ast.ListComp | ast.SetComp):
            walked = [g for g in node.generators if getattr(g.iter, "attr", "") == "warnings"]
            if walked:
                tested = [node.elt, *(test for g in walked for test in g.ifs)]
        elif isinstance(node, ast.For) and getattr(node.iter, "attr", "") == "warnings":
            tested = list(node.body)
        if any(_reads_texts(part) for part in tested):
            found.append(node.lineno)
    return found


def test_no_module_decides_anything_by_reading_a_warning_s_text() -> None:
    """A reader that wants to tell the layout something sets a field on the workbook; the
    warnings are for people."""
    offenders = [
        f"{_rel(path)}:{line}"
        for path in _modules()
        for line in _decisions_on_warnings(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert offenders == []


def test_the_warning_check_sees_a_decision_on_a_warning_s_text() -> None:
    tree = ast.parse("flag = any('decimal comma' in w.lower() for w in book.warnings)")
    assert _decisions_on_warnings(tree) == [1]
    assert _decisions_on_warnings(ast.parse("for w in book.warnings:\n    notes.warn(w)")) == []
