"""Rewrites imports and dotted paths after the package relayout (issue 12), from tools/relayout_map.txt.

Usage:
    python tools/rewrite_imports.py FILE_OR_DIR [...]        # rewrite in place
    python tools/rewrite_imports.py --check FILE_OR_DIR ...  # list what would change, exit 1 if any

Why a script: the relayout moved modules with `git mv`; code written against the old layout on
other branches (new files, and new lines merged into moved files) still names the old modules.
This rewrites, in any text file given:

- `from messaging import outbox` -> `from messaging.outbox import delivery as outbox`
- `from messaging.outbox import send_sms` -> `from messaging.outbox.delivery import send_sms`
- relative imports whose target moved (`from .outbox import send_sms`, `from . import inbox`),
  made absolute. In a file that was itself moved, a relative import can only have been written
  for the file's old home (the moves left none), so it is resolved from there.
- every other dotted path: `import x.y`, `mock.patch("messaging.outbox.enqueue_delivery")`,
  settings strings ("fieldservice.urls"), docstrings, templates, Markdown, Makefile.
- slash paths to moved Python files (`messaging/outbox.py` -> `messaging/outbox/delivery.py`).

It is idempotent: a path that already names a new module (or something inside one) is left alone,
so running it twice, or over files that were already rewritten, changes nothing. Afterwards run
`ruff check --fix . && ruff format .` to re-sort the rewritten imports. In migrations only the
import statements change: their strings are history (a later migration renames stored paths).
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAP_FILE = Path(__file__).resolve().parent / "relayout_map.txt"
# tools/ holds the map and this script (and tests/tools their test), which name old paths on purpose.
TEXT_SUFFIXES = {
    ".py",
    ".html",
    ".txt",
    ".md",
    ".toml",
    ".cfg",
    ".ini",
    ".js",
    ".css",
    ".json",
    ".yml",
    ".yaml",
}
TEXT_NAMES = {"Makefile", "Procfile", "Dockerfile"}
SKIP_PARTS = {
    "tools",
    ".git",
    ".venv",
    "node_modules",
    "__pycache__",
    "build",
    "staticfiles",
    "test-artifacts",
}

DOTTED = re.compile(r"(?<![\w.])([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)")
SLASHED = re.compile(r"(?<![\w./])([A-Za-z_]\w*(?:/[A-Za-z_]\w*)+)\.py\b")


def load_map(path: Path = MAP_FILE) -> dict[str, str]:
    """Old dotted path -> new dotted path; blank lines and # comments are skipped."""
    moves: dict[str, str] = {}
    for line in path.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            old, new = line.split()
            moves[old] = new
    return moves


def _module_exists(dotted: str) -> bool:
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


class Relayout:
    def __init__(self, moves: dict[str, str]) -> None:
        self.moves = moves
        self.new_paths = set(moves.values())
        self.old_of = {new: old for old, new in moves.items()}

    @staticmethod
    def _prefixes(dotted: str):
        parts = dotted.split(".")
        for end in range(len(parts), 0, -1):
            yield ".".join(parts[:end]), ".".join(parts[end:])

    def is_new(self, dotted: str) -> bool:
        """True when the path is a new module or something inside one, or a module that exists in
        this tree under a moved package (`messaging.sms.twilio.webhook`, added to the package
        `messaging.sms.twilio` became): only the old module's own names move."""
        if any(prefix in self.new_paths for prefix, _ in self._prefixes(dotted)):
            return True
        # A module of this tree below the longest moved prefix (`messaging.inbound.shortcut.X`,
        # where `messaging.inbound` was a module and is now a package) is already new.
        for prefix, _ in self._prefixes(dotted):
            if prefix in self.moves:
                return False
            if _module_exists(prefix):
                return True
        return False

    def rewrite(self, dotted: str) -> str:
        """The path in the new layout; unchanged when it already is, or never moved."""
        if self.is_new(dotted):
            return dotted
        for prefix, rest in self._prefixes(dotted):
            if prefix in self.moves:
                return self.moves[prefix] + ("." + rest if rest else "")
        return dotted

    # -- Python imports -------------------------------------------------------------------------

    def module_of(self, path: Path) -> str | None:
        """The dotted module a file is (its old name if it was moved), or None outside the project."""
        try:
            relative = path.resolve().relative_to(ROOT)
        except ValueError:
            relative = path
        parts = list(relative.with_suffix("").parts)
        if parts and parts[-1] == "__init__":
            parts = parts[:-1]
        dotted = ".".join(parts)
        return self.old_of.get(dotted, dotted)

    def _absolute(self, node: ast.ImportFrom, module: str | None, is_package: bool) -> str | None:
        if not node.level:
            return node.module
        if module is None:
            return None
        package = module.split(".") if is_package else module.split(".")[:-1]
        if node.level - 1 > len(package):
            return None
        base = package[: len(package) - (node.level - 1)]
        return ".".join(base + ([node.module] if node.module else []))

    def _import_from(
        self, node: ast.ImportFrom, module: str | None, is_package: bool, moved: bool
    ) -> list[str] | None:
        """The statements that replace `node`, or None to leave it as written."""
        source = self._absolute(node, module, is_package)
        if source is None:
            return None
        groups: dict[str, list[str]] = {}
        changed = bool(node.level) and moved  # a moved file keeps no relative imports
        for alias in node.names:
            full = f"{source}.{alias.name}"
            if alias.name != "*" and not self.is_new(full) and full in self.moves:
                new = self.moves[full]
                parent, leaf = new.rsplit(".", 1)
                bound = alias.asname or alias.name
                groups.setdefault(parent, []).append(leaf if leaf == bound else f"{leaf} as {bound}")
                changed = True
                continue
            # `from messaging.notify import sweeps` already names a new module: its package stays
            target = source if self.is_new(full) else self.rewrite(source)
            changed |= target != source
            groups.setdefault(target, []).append(alias.name + (f" as {alias.asname}" if alias.asname else ""))
        if not changed:
            return None
        return [f"from {target} import {', '.join(names)}" for target, names in groups.items()]

    def rewrite_python(self, text: str, path: Path) -> str:
        try:
            tree = ast.parse(text)
        except SyntaxError:
            return self.rewrite_text(text)
        imports_only = "migrations" in path.parts
        module = self.module_of(path)
        relative = self._relative_path(path)
        moved = relative in self.new_paths
        is_package = path.name == "__init__.py"
        lines = text.splitlines(keepends=True)
        handled: dict[int, tuple[int, int, list[str] | None]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                handled[node.lineno] = (
                    node.end_lineno or node.lineno,
                    node.col_offset,
                    self._import_from(node, module, is_package, moved),
                )
            elif isinstance(node, ast.Import):
                names = [
                    alias.name if not alias.asname else f"{alias.name} as {alias.asname}"
                    for alias in node.names
                ]
                new = [
                    self.rewrite(alias.name) + (f" as {alias.asname}" if alias.asname else "")
                    for alias in node.names
                ]
                handled[node.lineno] = (
                    node.end_lineno or node.lineno,
                    node.col_offset,
                    None if new == names else [f"import {', '.join(new)}"],
                )
        out: list[str] = []
        number = 1
        while number <= len(lines):
            if number in handled:
                end, column, statements = handled[number]
                block = "".join(lines[number - 1 : end])
                if statements is None:
                    out.append(block)
                else:
                    indent = lines[number - 1][:column]
                    tail = self._trailing_comment(lines[end - 1])
                    body = "\n".join(indent + statement for statement in statements)
                    out.append(body + tail + ("\n" if block.endswith("\n") else ""))
                number = end + 1
                continue
            out.append(lines[number - 1] if imports_only else self.rewrite_text(lines[number - 1]))
            number += 1
        return "".join(out)

    def _relative_path(self, path: Path) -> str:
        try:
            relative = path.resolve().relative_to(ROOT)
        except ValueError:
            relative = path
        parts = list(relative.with_suffix("").parts)
        if parts and parts[-1] == "__init__":
            parts = parts[:-1]
        return ".".join(parts)

    @staticmethod
    def _trailing_comment(line: str) -> str:
        """A `# comment` after the import on its last line (imports hold no '#' inside them)."""
        stripped = line.rstrip("\n")
        return "  " + stripped[stripped.index("#") :] if "#" in stripped else ""

    # -- any text -------------------------------------------------------------------------------

    def rewrite_text(self, text: str) -> str:
        text = DOTTED.sub(lambda match: self.rewrite(match.group(1)), text)

        def slashed(match: re.Match[str]) -> str:
            dotted = match.group(1).replace("/", ".")
            if dotted.endswith(".__init__"):
                return match.group(0)
            new = self.rewrite(dotted)
            return match.group(0) if new == dotted else new.replace(".", "/") + ".py"

        return SLASHED.sub(slashed, text)

    def rewrite_file(self, path: Path) -> bool:
        text = path.read_text()
        new = self.rewrite_python(text, path) if path.suffix == ".py" else self.rewrite_text(text)
        if new != text:
            path.write_text(new)
            return True
        return False


CONFLICT = re.compile(
    r"^<<<<<<< [^\n]*\n(?P<ours>.*?)(?:^\|\|\|\|\|\|\| [^\n]*\n.*?)?^=======\n(?P<theirs>.*?)^>>>>>>> [^\n]*\n",
    re.S | re.M,
)


def resolve_import_conflicts(relayout: Relayout, text: str, path: Path) -> str:
    """Settle merge conflicts that are only about imports: a branch written for the old layout added
    an import where the relayout rewrote the block. Both sides are rewritten for the new layout and
    joined; `ruff check --fix` then merges, sorts and drops what is unused. Other conflicts stay."""

    def imports_only(block: str) -> bool:
        try:
            tree = ast.parse(block.replace("\n    ", "\n").strip() + "\n")
        except SyntaxError:
            return False
        return bool(tree.body) and all(isinstance(node, ast.Import | ast.ImportFrom) for node in tree.body)

    def settle(match: re.Match[str]) -> str:
        ours, theirs = match.group("ours"), match.group("theirs")
        if not (imports_only(ours) and imports_only(theirs)):
            return match.group(0)
        lines: list[str] = []
        for side in (ours, theirs):
            for line in relayout.rewrite_python(side, path).splitlines(keepends=True):
                if line.strip() and line not in lines:
                    lines.append(line)
        return "".join(lines)

    return CONFLICT.sub(settle, text)


def files_under(paths: list[str]):
    for name in paths:
        path = Path(name)
        candidates = path.rglob("*") if path.is_dir() else [path]
        for candidate in candidates:
            folders = candidate.parts[:-1]
            if (
                not candidate.is_file()
                or SKIP_PARTS & set(folders)
                or any(f.endswith(".egg-info") for f in folders)
            ):
                continue
            if candidate.suffix in TEXT_SUFFIXES or candidate.name in TEXT_NAMES:
                yield candidate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="files or folders to rewrite")
    parser.add_argument("--map", type=Path, default=MAP_FILE, help="old/new dotted paths, one pair a line")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    parser.add_argument(
        "--resolve-imports",
        action="store_true",
        help="first settle merge conflicts that only concern import lines (both sides kept, rewritten)",
    )
    args = parser.parse_args(argv)
    relayout = Relayout(load_map(args.map))
    changed = []
    for path in files_under(args.paths):
        text = path.read_text()
        new = text
        if args.resolve_imports and path.suffix == ".py":
            new = resolve_import_conflicts(relayout, new, path)
        if "\n=======\n" in new and "<<<<<<< " in new:
            print(f"conflicts left in {path}: resolve them, then run this again")
            if new != text and not args.check:
                path.write_text(new)
            continue
        new = relayout.rewrite_python(new, path) if path.suffix == ".py" else relayout.rewrite_text(new)
        if new != text:
            changed.append(path)
            if not args.check:
                path.write_text(new)
    for path in changed:
        print(("would rewrite " if args.check else "rewrote ") + str(path))
    return 1 if args.check and changed else 0


if __name__ == "__main__":
    sys.exit(main())
