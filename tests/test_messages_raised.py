"""Every error and reason a user can see is raised as a catalogue message (or a reason code) with values,
and the compiled Chinese catalogue translates it: no English sentence reaches a clerk untranslated."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from reportgen.messages import gettext_in
from reportgen.reasons import MESSAGES

PACKAGE = Path(__file__).resolve().parent.parent / "reportgen"
HAN = re.compile(r"[\u4e00-\u9fff]")

NOT_YET: dict[str, str] = {}  # a file whose raise sites still build English text: work left, with why


def _translated(message: str) -> bool:
    """Return whether the compiled catalogue has Chinese for ``message`` (a message of fields alone: any entry)."""
    chinese = gettext_in("zh", message)
    words = re.sub(r"\{[^{}]*\}", "", message)
    return bool(HAN.search(chinese)) if re.search(r"[A-Za-z]{2}", words) else chinese != message


def _modules() -> list[tuple[str, ast.Module]]:
    return [(str(p.relative_to(PACKAGE)), ast.parse(p.read_text("utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def _error_classes(modules) -> set[str]:
    """Return the names of ReportgenError and every class derived from it in the package."""
    names = {"ReportgenError"}
    classes = [(node.name, {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases})
               for _path, tree in modules for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    while True:
        more = {name for name, bases in classes if bases & names} - names
        if not more:
            return names
        names |= more


def _input_errors(modules) -> set[str]:
    names = {"InputError"}
    for _path, tree in modules:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") in names for b in node.bases):
                names.add(node.name)
    return names


def _called(node: ast.AST) -> str:
    func = node.func if isinstance(node, ast.Call) else None
    return getattr(func, "id", getattr(func, "attr", "")) if func is not None else ""


def _message(arg: ast.AST) -> str | None:
    """Return the catalogue message an argument is: N_("…"), _("…") or _("…").format(…); else None."""
    if isinstance(arg, ast.Call) and _called(arg) == "format" and isinstance(arg.func, ast.Attribute):
        arg = arg.func.value
    if isinstance(arg, ast.Call) and _called(arg) in ("_", "N_") and arg.args \
            and isinstance(arg.args[0], ast.Constant) and isinstance(arg.args[0].value, str):
        return arg.args[0].value
    return None


def _raised(modules, package=None):
    """Yield (where, kind, value) for each reportgen error made: kind is message, code or other."""
    package = package or modules
    errors, inputs = _error_classes(package), _input_errors(package)
    for path, tree in modules:
        for call in ast.walk(tree):  # raised where made, or made to be raised later (a helper's return)
            if not isinstance(call, ast.Call) or _called(call) not in errors:
                continue
            where = f"{path}:{call.lineno}"
            arg = call.args[0] if call.args else None
            choices = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]  # one message or another
            for arg in choices:
                if _called(call) in inputs and isinstance(arg, ast.Constant):
                    yield where, "code", arg.value
                elif arg is not None and (message := _message(arg)) is not None:
                    yield where, "message", message
                else:
                    yield where, "other", ast.unparse(arg) if arg is not None else ""


def test_every_raised_error_is_a_catalogue_message_with_a_chinese_translation() -> None:
    modules = _modules()
    raised = list(_raised(modules))
    assert len(raised) > 100  # the scan finds the package's raise sites
    unmarked = [f"{where}: {value[:70]}" for where, kind, value in raised
                if kind == "other" and where.split(":")[0] not in NOT_YET]
    assert not unmarked, "raise these as ERROR(N_(\"English with {fields}\"), field=value): " + "\n".join(unmarked)
    untranslated = [f"{where}: {value[:70]}" for where, kind, value in raised
                    if kind == "message" and not _translated(value)]
    assert not untranslated, "no Chinese in the compiled catalogue (README, Development): " + "\n".join(untranslated)
    unknown = [f"{where}: {value}" for where, kind, value in raised if kind == "code" and value not in MESSAGES]
    assert not unknown, "InputError codes missing from reasons.MESSAGES: " + "\n".join(unknown)


def test_every_reason_code_used_is_in_the_table() -> None:
    used = {(path, node.args[0].value) for path, tree in _modules() for node in ast.walk(tree)
            if isinstance(node, ast.Call) and _called(node) == "of" and getattr(node.func.value, "id", "") == "Reason"
            and node.args and isinstance(node.args[0], ast.Constant)}
    assert len(used) > 10
    assert not [(path, code) for path, code in used if code not in MESSAGES]


def test_the_scan_tells_a_marked_message_from_an_english_sentence() -> None:
    tree = ast.parse('raise UsageError(N_("x {a}"), a=1)\nraise UsageError(f"no {a}")\n'
                     'raise StoreError(_("y").format())\nraise InputError("empty")\n')
    kinds = [(kind, value) for _where, kind, value in _raised([("m.py", tree)], _modules())]
    assert kinds == [("message", "x {a}"), ("other", "f'no {a}'"), ("message", "y"), ("code", "empty")]
    assert not _translated("a sentence nobody translated") and _translated("the file is empty")
    assert _translated("{where}: {problem}")
