"""Bounds on one template render: time, output size, loop steps, sizes of values made.

A template is untrusted data (``environment``), and the sandbox keeps it
from Python's internals but not from asking for too much: two nested
``range(100000)`` loops run for hours, ``'a' * 10**10`` asks for 10 GB. The
environment class made here checks, while the template runs:

* time: every loop step, call, filter, operator and output chunk compares
  the clock with the render's deadline (``[limits] render_seconds``);
* output: the text written so far, and every string or list a concatenation,
  operator, call or filter makes, against ``[limits] output_mb``;
* work: loop steps over the whole render against ``LOOP_STEPS`` (a loop
  writing nothing still counts);
* requests for size before they are made: an integer argument larger than
  the output limit (``'a'.center(10**9)``, ``range(10**12)``), a repeat or
  power whose result would be too large, a format string asking for a
  width or precision larger than the output limit.

Going past any bound is a ``TemplateError`` that says which bound and which
setting raises it; ``environment.render_markdown`` adds the file and line.
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import Any, Iterable, Iterator

from ..errors import TemplateError
from ..messages import N_, _

MB = 1024 * 1024
DEFAULT_RENDER_SECONDS = 60.0
DEFAULT_OUTPUT_MB = 50.0
LOOP_STEPS = 20_000_000   # per render; the built-in templates take a few thousand per 100 reports
POWER_MAX_BITS = 1_000_000
_DIGITS = re.compile(r"\d+")
_STR_SIZING_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs", "format", "format_map"}


@dataclass(frozen=True)
class RenderLimits:
    """The bounds of one render (``[limits]`` in an audience's settings)."""

    seconds: float = DEFAULT_RENDER_SECONDS
    output_chars: int = int(DEFAULT_OUTPUT_MB * MB)
    loop_steps: int = LOOP_STEPS

    @classmethod
    def from_settings(cls, settings: dict[str, Any]) -> RenderLimits:
        """Return the limits a (validated) settings mapping asks for, else the defaults."""
        table = settings.get("limits") or {}
        return cls(seconds=float(table.get("render_seconds", DEFAULT_RENDER_SECONDS)),
                   output_chars=int(float(table.get("output_mb", DEFAULT_OUTPUT_MB)) * MB))


class Budget:
    """The clock and counters of one render."""

    def __init__(self, limits: RenderLimits):
        self.limits = limits
        self.deadline = time.monotonic() + limits.seconds
        self.steps = 0

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateError(N_("the template ran longer than its limit of {seconds:g} s ([limits] "
                                   "render_seconds in settings.toml); a loop is probably too large"),
                                seconds=self.limits.seconds)

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.loop_steps:
            raise TemplateError(N_("the template's loops took more than {loop_steps:,} steps; a loop inside a loop "
                                   "is probably too large"), loop_steps=self.limits.loop_steps)
        self.tick()

    def check_size(self, value: Any) -> Any:
        """Return ``value`` if its length is within the output limit; else TemplateError."""
        if isinstance(value, (str, bytes, list, tuple, dict, set)) and len(value) > self.limits.output_chars:
            raise self._too_large(N_("a value of {count:,} characters or items"), count=len(value))
        return value

    def check_count(self, number: Any) -> None:
        """Refuse an integer argument that asks for more than the output limit."""
        if isinstance(number, int) and not isinstance(number, bool) and abs(number) > self.limits.output_chars:
            raise self._too_large(N_("the number {count:,} as a size or count"), count=number)

    def check_format(self, text: Any) -> None:
        """Refuse a format string whose width or precision is larger than the output limit."""
        if isinstance(text, str):
            for digits in _DIGITS.findall(text):
                if len(digits) > 12 or int(digits) > self.limits.output_chars:
                    raise self._too_large(N_("a width of {digits} in a format string"), digits=digits[:20])

    def _too_large(self, what: str, **params: Any) -> TemplateError:
        """Return the error for a template that asked for ``what`` (a marked message with ``params``)."""
        return TemplateError(N_("the template asked for {what}, more than the output limit of {limit:g} MB "
                                "([limits] output_mb in settings.toml)"),
                             what=_(what).format(**params), limit=self.limits.output_chars / MB)


_DICT_ATTRIBUTES = frozenset(dir(dict))   # what ``getattr`` finds on a plain dict: its methods, nothing of its keys


@lru_cache(maxsize=1)
def bounded_environment_class() -> type:
    """Return the sandboxed environment class that enforces a ``Budget`` (built once, on first use)."""
    from jinja2 import Template
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class BoundedTemplate(Template):
        """Each ``render`` or ``generate`` call is one render with a fresh budget, whoever calls it."""

        def render(self, *args: Any, **kwargs: Any) -> str:
            self.environment.budget = Budget(self.environment.limits)
            return super().render(*args, **kwargs)

        def generate(self, *args: Any, **kwargs: Any) -> Iterator[str]:
            self.environment.budget = Budget(self.environment.limits)
            return super().generate(*args, **kwargs)

    class BoundedCodeGenerator(CodeGenerator):
        """Compiles ``~`` through a size check and every ``for`` loop's iterable through a step counter."""

        def __init__(self, *args: Any, **kwargs: Any):
            super().__init__(*args, **kwargs)
            self._loop_iterables: set[int] = set()

        def visit_Concat(self, node, frame) -> None:
            self.write("environment.budget_now().check_size(")
            super().visit_Concat(node, frame)
            self.write(")")

        def visit_For(self, node, frame) -> None:
            self._loop_iterables.add(id(node.iter))
            super().visit_For(node, frame)

        def visit(self, node, *args: Any, **kwargs: Any) -> Any:
            if id(node) in self._loop_iterables:
                self._loop_iterables.discard(id(node))
                self.write("environment.bounded_iter(")
                super().visit(node, *args, **kwargs)
                self.write(")")
                return None
            return super().visit(node, *args, **kwargs)

    class BoundedEnvironment(ImmutableSandboxedEnvironment):
        """``ImmutableSandboxedEnvironment`` that keeps a render within its ``RenderLimits``."""

        code_generator_class = BoundedCodeGenerator
        template_class = BoundedTemplate
        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def __init__(self, limits: RenderLimits, **options: Any):
            super().__init__(**options)
            self.limits = limits
            self.budget: Budget | None = None

        def getattr(self, obj: Any, attribute: str) -> Any:
            """Return ``obj.attribute`` as the sandbox does; a plain dict's key that names no dict
            attribute is looked up first: the sandbox would find it only after ``getattr`` failed."""
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    pass
            return super().getattr(obj, attribute)

        def budget_now(self) -> Budget:
            """Return the current render's budget (one is started if the caller did not)."""
            if self.budget is None:
                self.budget = Budget(self.limits)
            return self.budget

        def bounded_iter(self, iterable: Iterable[Any]) -> Iterator[Any]:
            budget = self.budget_now()
            for item in iterable:
                budget.step()
                yield item

        def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:
            budget = self.budget_now()
            budget.tick()
            if operator == "*":
                for seq, count in ((left, right), (right, left)):
                    if isinstance(seq, (str, bytes, list, tuple)) and isinstance(count, int):
                        budget.check_count(len(seq) * max(count, 0))
            elif operator == "**" and isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
                if right * math.log2(abs(left)) > POWER_MAX_BITS:
                    raise TemplateError(N_("{left} ** {right} is too large a number for a template"),
                                        left=left, right=right)
            elif operator == "%":
                budget.check_format(left)
            return budget.check_size(super().call_binop(context, operator, left, right))

        def call(__self, __context, __obj, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's signature
            budget = __self.budget_now()
            budget.tick()
            method = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
            owner = getattr(method, "__self__", None)
            if isinstance(owner, str) and getattr(method, "__name__", "") in _STR_SIZING_METHODS:
                budget.check_format(owner)
                for value in (*args, *kwargs.values()):
                    budget.check_count(value)
            elif __obj is range or getattr(__obj, "__name__", "") in ("range", "safe_range"):
                for value in args:
                    budget.check_count(value)
            return budget.check_size(super().call(__context, __obj, *args, **kwargs))

        def bound_filters(self) -> None:
            """Wrap every filter so its arguments and result are checked against the budget."""
            self.filters = {name: _bounded_filter(self, f) for name, f in self.filters.items()}

        def collect_output(self, chunks: Iterable[str], template: str) -> str:
            """Join a render's output chunks, stopping at the output limit or the deadline."""
            budget = self.budget_now()
            out: list[str] = []
            total = 0
            for chunk in chunks:
                total += len(chunk)
                if total > self.limits.output_chars:
                    raise TemplateError(N_("{where}: {problem}"), where=template,
                                        problem=budget._too_large(N_("more output")))
                budget.tick()
                out.append(chunk)
            return "".join(out)

    return BoundedEnvironment


def _bounded_filter(env: Any, function: Any) -> Any:
    """Return ``function`` checking its size arguments before, and its result after, each call."""

    first = 2 if getattr(function, "jinja_pass_arg", None) else 1  # skip context/environment and the value

    @wraps(function)  # keeps Jinja's pass_context / pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        budget = env.budget_now()
        budget.tick()
        for value in (*args[first:], *kwargs.values()):
            budget.check_count(value)
        if function.__name__ == "do_format" and len(args) >= first:
            budget.check_format(args[first - 1])
        return budget.check_size(function(*args, **kwargs))

    return bounded
