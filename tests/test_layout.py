"""The layout's rules, read from the source with `ast`: the flow of a text only ever imports down.

- `fieldservice` (the domain) imports nothing from `messaging`, `config` or `demo`, in Python or
  in its templates (no messaging tag library loaded, no messaging template included).
- Every import, at module level or inside a function, goes from a stage to its own stage or to a
  lower layer (LAYERS): the outbox never asks notify, nothing asks the dispatcher's desk.
- No module reaches into another module's objects at import time (`JobAdmin.inlines = ...`,
  `admin.site.index_template = ...`): apps register through the extension points meant for it.
- Twilio's field names (`MessageSid`, `SmsStatus`...) and error codes are named only under
  `messaging/sms/twilio/`; everything else reads neutral records and codes by meaning.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("fieldservice", "messaging", "config", "demo")

# Lowest first. A module may import from its own stage and from any lower layer, never higher.
LAYERS = (
    {"fieldservice"},
    {
        "messaging",
        "messaging/models",
        "messaging/db",
        "messaging/redact",
        "messaging/interpret",
        "messaging/hazards",
        "messaging/describe",
        "messaging/sms",
    },
    {"messaging/outbox", "messaging/assist"},
    {"messaging/notify", "messaging/conversation"},
    {"messaging/inbound"},
    {"messaging/tech", "messaging/dispatch", "messaging/simulator", "messaging/tasks", "messaging/tools"},
    {"messaging/admin", "messaging/urls", "messaging/apps"},
    {"config", "demo"},
)
LAYER_OF = {stage: number for number, stages in enumerate(LAYERS) for stage in stages}
# The offline tools (scoring the interpreter and assist on corpora) are one stage: the commands and
# the evaluation they run.
TOOLS = ("messaging.management", "messaging.evaluation")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules() -> dict[str, Path]:
    return {
        module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


MODULES = project_modules()


def stage_of(module: str) -> str:
    """A stage is a top-level package, or a package or module directly in messaging/ (its folder)."""
    if module.startswith(TOOLS):
        return "messaging/tools"
    parts = module.split(".")
    return "/".join(parts[:2]) if parts[0] == "messaging" and len(parts) > 1 else parts[0]


def imports_of(module: str, tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, imported project module) for every import in the file, wherever it stands."""
    is_package = MODULES[module].name == "__init__.py"
    package = module.split(".") if is_package else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package[: len(package) - (node.level - 1)] + ([base] if base else []))
            names = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for name in names:
            if name in MODULES:
                yield node.lineno, name


def trees() -> Iterator[tuple[str, ast.Module]]:
    for module, path in sorted(MODULES.items()):
        yield module, ast.parse(path.read_text(), filename=str(path))


def test_every_stage_has_a_layer():
    assert {stage_of(module) for module in MODULES} <= set(LAYER_OF)


def test_imports_only_go_down_the_layers():
    wrong = [
        f"{module}:{line} imports {target}"
        for module, tree in trees()
        for line, target in imports_of(module, tree)
        if LAYER_OF[stage_of(target)] > LAYER_OF[stage_of(module)]
    ]
    assert wrong == []


def test_the_stages_import_each_other_without_a_cycle():
    graph: dict[str, set[str]] = {}
    for module, tree in trees():
        for _, target in imports_of(module, tree):
            if stage_of(target) != stage_of(module):
                graph.setdefault(stage_of(module), set()).add(stage_of(target))

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(
            step == goal or (step not in seen and reaches(step, goal, seen | {step}))
            for step in graph.get(start, ())
        )

    assert [stage for stage in graph if reaches(stage, stage, set())] == []


def test_the_cue_modules_import_each_other_without_a_cycle():
    """A cue module reads what it shares with another from a module both import (`emergency` and
    the safety net `emergency_net` read their vetoes from `hazard_vetoes`), never from each other:
    a cycle makes the import order decide which names exist yet."""
    package = "messaging.interpret.cues"
    graph = {
        module: {target for _, target in imports_of(module, tree) if target.startswith(f"{package}.")}
        for module, tree in trees()
        if module.startswith(f"{package}.")
    }

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(
            step == goal or (step not in seen and reaches(step, goal, seen | {step}))
            for step in graph.get(start, ())
        )

    assert [module for module in graph if reaches(module, module, set())] == []


def test_the_domain_imports_nothing_from_messaging_config_or_the_demo():
    wrong = [
        f"{module}:{line} imports {target}"
        for module, tree in trees()
        if module.startswith("fieldservice")
        for line, target in imports_of(module, tree)
        if not target.startswith("fieldservice")
    ]
    assert wrong == []


def test_the_domains_templates_use_no_messaging_tag_library_or_template():
    libraries = {path.stem for path in (ROOT / "messaging").rglob("templatetags/*.py")} - {"__init__"}
    messaging_templates = {
        str(path.relative_to(folder))
        for folder in (ROOT / "messaging").rglob("templates")
        for path in folder.rglob("*.html")
    }
    wrong = []
    for path in (ROOT / "fieldservice").rglob("*.html"):
        text = path.read_text()
        for loaded in re.findall(r"{%\s*load\s+([^%]+?)\s*%}", text):
            wrong += [f"{path.name} loads {name}" for name in loaded.split() if name in libraries]
        for used in re.findall(r"{%\s*(?:include|extends)\s+[\"']([^\"']+)[\"']", text):
            if used in messaging_templates or used.startswith("messaging/"):
                wrong.append(f"{path.name} uses {used}")
    assert wrong == []


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_module_changes_another_modules_objects_when_imported(module):
    """Module-level assignments to an attribute of something imported (a class, a module, the admin
    site) change another app behind its back; registering is the way in."""
    tree = ast.parse(MODULES[module].read_text())
    imported = {
        (alias.asname or alias.name).split(".")[0]
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    wrong = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for target in targets:
            root = target
            while isinstance(root, ast.Attribute | ast.Subscript):
                root = root.value
            if target is not root and isinstance(root, ast.Name) and root.id in imported:
                wrong.append(f"line {node.lineno}: {ast.unparse(target)}")
    assert wrong == []


# Twilio's field names and error codes: only messaging/sms/twilio/ knows them (read from string
# literals, so the model class `MessageStatus` and words in docstrings are not mistaken for them).
TWILIO_FIELD = re.compile(
    r"\b(?:MessageSid|SmsSid|SmsMessageSid|SmsStatus|MessageStatus|AccountSid|ErrorCode|ErrorMessage|"
    r"NumMedia|NumSegments|MediaUrl\d*|MediaContentType\d*|OptOutType|ApiVersion|X-Twilio-Signature)\b"
)
# A code alone ("21610") or named in words ("(21610)", "error 30003"); 20000-39999 is messaging's range.
TWILIO_ERROR_CODE = re.compile(r"^\s*[23]\d{4}\s*$|\([23]\d{4}\)|(?:code|error) [23]\d{4}\b", re.I)


def literals(tree: ast.Module) -> Iterator[ast.Constant]:
    """Every string constant of the file, docstrings left out."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


TWILIO_PACKAGE = ROOT / "messaging" / "sms" / "twilio"


def test_only_the_twilio_package_names_twilios_fields_and_error_codes():
    wrong = [
        f"{module}:{node.lineno} {node.value[:60]!r}"
        for module, tree in trees()
        if TWILIO_PACKAGE not in MODULES[module].parents
        for node in literals(tree)
        if TWILIO_FIELD.search(node.value) or TWILIO_ERROR_CODE.search(node.value)
    ]
    assert wrong == []
