"""``reportgen templates vars``: the names a template can use, their types and an example value.

Read from a real render context (built from the seeds, or the reports given),
so the list is always the one the code provides; nested values are shown as
paths (``units[].name``, ``totals.opinions.shown``) the way a template writes them.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 4
EXAMPLE_CHARS = 40
SKIPPED = ("settings",)  # the audience's own settings.toml: its keys are documented there


@dataclass(frozen=True)
class Variable:
    """One name or path a template can read, its type in words and an example value."""

    path: str
    kind: str
    example: str


def kind_of(value: Any) -> str:
    """Return a value's type in a template author's words."""
    if value is None:
        return "可能为空"
    if isinstance(value, bool):
        return "是/否"
    if isinstance(value, int):
        return "整数"
    if isinstance(value, float):
        return "数"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, Mapping):
        return "字典" + ("（数字及来源，用 |sourced 显示）" if {"shown", "note"} <= set(value) else "")
    if isinstance(value, (list, tuple)):
        inner = next((v for v in value if v is not None), None)
        return f"列表（{kind_of(inner)}）" if inner is not None else "列表"
    return type(value).__name__


def _example(value: Any) -> str:
    if value is None or value == "":
        return "（本次示例中为空）"
    if isinstance(value, Mapping) and "shown" in value:
        value = value["shown"]
    elif isinstance(value, (Mapping, list, tuple)):
        return f"{len(value)} 项"
    text = repr(value) if not isinstance(value, str) else value
    return text if len(text) <= EXAMPLE_CHARS else text[:EXAMPLE_CHARS] + "…"


def _first(items: list | tuple) -> Any:
    return next((v for v in items if v not in (None, [], {}, "")), None)


def describe(values: Mapping[str, Any]) -> list[Variable]:
    """Return every name and nested path of ``values`` with its type and an example."""
    out: list[Variable] = []

    def walk(path: str, value: Any, depth: int) -> None:
        out.append(Variable(path, kind_of(value), _example(value)))
        if depth >= MAX_DEPTH:
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                walk(f"{path}.{key}", item, depth + 1)
        elif isinstance(value, (list, tuple)):
            item = _first(value)
            if isinstance(item, (Mapping, list, tuple)):
                walk(f"{path}[]", item, depth + 1)

    for name, value in values.items():
        if name not in SKIPPED:
            walk(name, value, 0)
    return out
