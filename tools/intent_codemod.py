"""Names intents with the `Intent` enum instead of string literals, outside the interpreter.

Usage: python tools/intent_codemod.py [--check] FILE_OR_DIR ...

Mechanical and idempotent (run it again after a merge brings new literals). A string literal is an
intent when the code around it says so: it is compared with (`==`, `in`, `&`, `-`) something named
`intent`, `intents`, `alternatives` or a record's `["intent"]`; it is an `intent=` argument; or it
is a key or member of one of the tables in TABLES, which are keyed by intent. Other strings that
happen to spell an intent (a reply kind, a consent keyword, a queue kind) are left alone.
messaging/interpret/ is skipped: the lexicon keeps its own strings.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

INTENTS = (
    "emergency opt_out opt_in help cancel reschedule running_late customer_arrived where_is_tech "
    "complaint access_info question confirm thanks wrong_number other"
).split()
IMPORT = "from messaging.interpret.intent import Intent\n"
INTENTISH_NAMES = {"intent", "intents", "alternatives"}
# Tables keyed by intent (module file name, variable name).
TABLES = {
    ("card.py", "INTENT_WORDS"),
    ("suggest.py", "READING_NAMES"),
    ("suggest.py", "_REPLY_KEYS"),
    ("suggest.py", "OFFERED_DAY_ANSWERED_BY"),
    ("pipeline.py", "AFTER_HOURS_NOTE_FOR"),
    ("evaluation.py", "EMPATHY_EXPECTED"),
    ("desk.py", "UNTELLING_INTENTS"),
    ("understand.py", "labels"),
}


def _intentish(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in INTENTISH_NAMES
    if isinstance(node, ast.Name):
        return node.id in INTENTISH_NAMES
    if isinstance(node, ast.Subscript):
        return isinstance(node.slice, ast.Constant) and node.slice.value in INTENTISH_NAMES
    if isinstance(node, ast.Call):
        named = isinstance(node.func, ast.Attribute) and node.func.attr == "get"
        if named and node.args and isinstance(node.args[0], ast.Constant):
            return node.args[0].value in INTENTISH_NAMES
        return any(_intentish(arg) for arg in node.args)  # set(x.intents), tuple(...)
    if isinstance(node, ast.BoolOp):
        return any(_intentish(value) for value in node.values)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_intentish(element) for element in node.elts)
    if isinstance(node, ast.BinOp):
        return _intentish(node.left) or _intentish(node.right)
    return False


def _literals(node: ast.AST, *, keys_only: bool = False) -> list[ast.Constant]:
    """The intent-name string literals in `node`: itself, or members of a set/tuple/list/frozenset."""
    if isinstance(node, ast.Constant):
        return [node] if isinstance(node.value, str) and node.value in INTENTS else []
    if isinstance(node, ast.Dict):
        return [found for key in node.keys if key is not None for found in _literals(key)]
    if isinstance(node, ast.Set | ast.Tuple | ast.List):
        return [found for element in node.elts for found in _literals(element)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"frozenset", "set"}
    ):
        return [found for arg in node.args for found in _literals(arg)]
    return []


def intent_literals(tree: ast.AST, filename: str) -> list[ast.Constant]:
    found: dict[int, ast.Constant] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(_intentish(operand) for operand in operands):
                for operand in operands:
                    found |= {id(literal): literal for literal in _literals(operand)}
        elif isinstance(node, ast.BinOp) and _intentish(node.left) != _intentish(node.right):
            other = node.right if _intentish(node.left) else node.left
            found |= {id(literal): literal for literal in _literals(other)}
        elif isinstance(node, ast.keyword) and node.arg in {"intent", "intents"}:
            found |= {id(literal): literal for literal in _literals(node.value)}
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {target.id for target in targets if isinstance(target, ast.Name)}
            if any((filename, name) in TABLES for name in names):
                found |= {id(literal): literal for literal in _literals(node.value)}
    return sorted(found.values(), key=lambda literal: (literal.lineno, literal.col_offset))


def rewrite(text: str, filename: str) -> str:
    tree = ast.parse(text)
    literals = intent_literals(tree, filename)
    if not literals:
        return text
    lines = text.splitlines(keepends=True)
    for literal in reversed(literals):
        line = lines[literal.lineno - 1]
        start, end = literal.col_offset, literal.end_col_offset
        # col offsets count UTF-8 bytes
        raw = line.encode()
        lines[literal.lineno - 1] = (
            raw[:start] + f"Intent.{literal.value.upper()}".encode() + raw[end:]
        ).decode()
    text = "".join(lines)
    if IMPORT not in text:
        first = next(
            node
            for node in tree.body
            if isinstance(node, ast.Import | ast.ImportFrom) and getattr(node, "module", "") != "__future__"
        )
        lines = text.splitlines(keepends=True)
        lines.insert(first.lineno - 1, IMPORT)
        text = "".join(lines)
    return text


def files(paths: list[str]):
    for name in paths:
        path = Path(name)
        for candidate in path.rglob("*.py") if path.is_dir() else [path]:
            if not {"interpret", "migrations"} & set(candidate.parts):
                yield candidate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    args = parser.parse_args(argv)
    changed = []
    for path in files(args.paths):
        text = path.read_text()
        new = rewrite(text, path.name)
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new)
    for path in changed:
        print(("would rewrite " if args.check else "rewrote ") + str(path))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
