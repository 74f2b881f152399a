"""Build hook: compile reportgen's one C module, the segmenter's dictionary cut, into the wheel.

``reportgen/extract/_dagcut.c`` cuts text exactly as ``segment.cut_dag`` does,
about five times sooner (segmentation is the largest single cost of
extraction). It is compiled with the C compiler Python itself was built with
(setuptools finds it); a wheel holding it is tagged for this Python and
platform. It is also copied beside its source (git ignores it), where an
editable install and tests run in the checkout import it. Where no compiler works the wheel is built without it and
says so on the build's output: reportgen then cuts in Python, with the same
results, slower (``reportgen.extract.segment.compiled_cut()`` tells which).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

MODULE = "reportgen.extract._dagcut"
SOURCE = Path("reportgen/extract/_dagcut.c")


def compile_module(root: Path, build_dir: Path) -> Path:
    """Return the path of the compiled module, built under ``build_dir`` (setuptools' errors pass on)."""
    from setuptools import Distribution, Extension
    from setuptools.command.build_ext import build_ext

    extension = Extension(MODULE, [str(root / SOURCE)])
    command = build_ext(Distribution({"name": "reportgen", "ext_modules": [extension]}))
    command.build_lib = str(build_dir / "lib")
    command.build_temp = str(build_dir / "temp")
    command.ensure_finalized()
    command.run()
    return Path(command.get_ext_fullpath(MODULE))


class CompiledCutHook(BuildHookInterface):
    """Compile ``_dagcut`` and put it in the wheel (in place for an editable install)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        from setuptools.errors import CompileError, ExecError, LinkError, PlatformError

        root = Path(self.root)
        self._build_dir = Path(tempfile.mkdtemp(prefix="reportgen-build-"))
        try:
            built = compile_module(root, self._build_dir)
        except (CompileError, LinkError, ExecError, PlatformError, OSError) as exc:
            print(f"reportgen: the compiled cut ({SOURCE}) could not be built ({exc}); "
                  "segmentation runs in Python instead: the same cuts, about a fifth of extraction's speed lost. "
                  "Install a C compiler and reinstall to build it.", file=sys.stderr)
            return
        target = SOURCE.with_name(built.name)
        # Beside its source too: an editable install imports the package from the tree, and so does
        # ``python -m pytest`` run in the checkout (as CI and the README do), even after a plain install.
        shutil.copy2(built, root / target)
        if version == "editable":
            return
        build_data["force_include"][str(built)] = target.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        build_dir = getattr(self, "_build_dir", None)
        if build_dir is not None:
            shutil.rmtree(build_dir, ignore_errors=True)
