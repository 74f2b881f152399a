"""reportgen: Chinese work reports in, comparable data and briefings out.

The Python API (``api``): ``reportgen.extract(paths)``,
``reportgen.compare(extraction)``, ``reportgen.tables(comparison, labels="zh")``
and ``reportgen.build(paths, out=...)``.

The stages, in order, each its own package: ``ingest`` (files to documents),
``normalise`` (clean text), ``extract`` (articles, measures, figures),
``aggregate`` (the comparison model), ``render`` (templates to documents) and
``writers`` (documents to .docx and .pdf). ``pipeline`` wires them together.
"""
import sys
import types

__version__ = "0.1.0"

from . import api  # noqa: E402  (light: heavy imports happen inside its functions)
from .api import build, compare, extract, tables  # noqa: E402

__all__ = ["__version__", "build", "compare", "extract", "tables"]


class _CallableStage(types.ModuleType):
    """The ``reportgen.extract`` stage package, callable as the API's ``extract``."""

    def __call__(self, *args, **kwargs):
        return api.extract(*args, **kwargs)


class _Package(types.ModuleType):
    """``reportgen``: importing the ``extract`` stage must not hide the ``reportgen.extract()`` function.

    Python sets a subpackage as an attribute of its parent on import; the
    stage package then takes the function's place, so it is made callable
    with the same behaviour, and ``reportgen.extract.figures`` still works.
    """

    def __setattr__(self, name, value):
        if name == "extract" and isinstance(value, types.ModuleType) and type(value) is types.ModuleType:
            value.__class__ = _CallableStage
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
