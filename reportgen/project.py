"""The project folder and its ``reportgen.toml``: what an office sets once, not every week.

A project file is found in the working folder or the nearest folder above it
(as ``pyproject.toml`` is), or named with ``--config``. Paths in it are
relative to the file. Without one, the project folder is the working folder
and every setting has its default. The history store always lives in the
project folder, never inside an output folder, so a new output folder each
week keeps counting 期号 and reusing one never loses the history.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UsageError
from .messages import LANGUAGES, N_, _
from .oserrors import os_problem
from .tomlerrors import toml_problem

PROJECT_FILE = "reportgen.toml"
DEFAULT_OUT = "output"
DEFAULT_HISTORY = "reportgen-history.sqlite"
DEFAULT_FILE_NAME = "{masthead}第{issue}期-{audience}"
DATE_STYLES = ("arabic", "chinese")
FILE_NAME_FIELDS = ("masthead", "issue", "period", "audience", "series")
_FIELD = re.compile(r"\{(\w*)\}")
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')

# Every key a project file may hold: table -> key -> (type, description for the error message).
KEYS: dict[str, dict[str, tuple[type | tuple[type, ...], str]]] = {
    "build": {"out": (str, N_("a folder")), "audiences": (list, N_("a list of audience names")),
              "formats": (list, N_("a list such as [\"docx\", \"pdf\"]")),
              "file_name": (str, N_("a file-name pattern")), "taxonomy": (str, N_("a TOML file")),
              "refresh_fields": (bool, "true / false")},
    "history": {"db": (str, N_("a file")), "first_issue": (int, N_("a whole number, 1 or more")),
                "series": (str, N_("a name"))},
    "document": {"issuer": (str, N_("the issuing office")), "date_style": (str, "arabic / chinese")},
    "messages": {"lang": (str, "zh / en")},
}


@dataclass(frozen=True)
class Project:
    """The settings of one project folder, paths resolved against it."""

    root: Path
    file: Path | None = None
    out: Path | None = None
    audiences: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)
    file_name: str = DEFAULT_FILE_NAME
    taxonomy: Path | None = None
    db: Path | None = None
    first_issue: int = 1
    series: str = "weekly"
    issuer: str | None = None
    date_style: str | None = None
    lang: str | None = None
    refresh_fields: bool | None = None  # [build] refresh_fields; None: each audience's own setting

    @property
    def history(self) -> Path:
        """Return the history store: the file's ``[history] db``, else the default in the project folder."""
        return self.db or self.root / DEFAULT_HISTORY

    @property
    def out_dir(self) -> Path:
        """Return the output folder: the file's ``[build] out``, else ``output`` in the working folder."""
        return self.out or Path(DEFAULT_OUT)

    def document_settings(self) -> dict[str, Any]:
        """Return the audience settings the project overrides (issuer, date style)."""
        overrides: dict[str, Any] = {}
        if self.issuer:  # the weekly briefing reads masthead.issuer, the other audiences issuer
            overrides["issuer"] = self.issuer
            overrides["masthead"] = {"issuer": self.issuer}
        if self.date_style:
            overrides["date_style"] = self.date_style
        return overrides


def find_project_file(start: Path) -> Path | None:
    """Return the nearest ``reportgen.toml`` in ``start`` or a folder above it, else None."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / PROJECT_FILE
        if candidate.is_file():
            return candidate
    return None


def load_project(config: Path | None = None, start: Path | None = None) -> Project:
    """Return the project of ``config`` (a given file), else of the nearest project file, else defaults."""
    start = start or Path.cwd()
    if config is not None:
        if not config.is_file():
            raise UsageError(_("--config {path}: no such file; write one with 'reportgen init'").format(path=config))
        path = config
    else:
        path = find_project_file(start)
    if path is None:
        return Project(root=start.resolve())
    return parse_project(path)


def parse_project(path: Path) -> Project:
    """Return the project a file describes, or raise UsageError naming the file and the bad key."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise UsageError(N_("cannot read the project file {path} ({error}); check it, or name another with "
                            "--config"), path=path, error=os_problem(exc)) from None
    except UnicodeDecodeError as exc:
        raise UsageError(N_("{path} is not valid TOML: {error}"), path=path, error=toml_problem(exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(N_("{path} is not valid TOML: {error}"), path=path, error=toml_problem(exc)) from None
    _check(path, data)
    root = path.resolve().parent
    build, history = data.get("build", {}), data.get("history", {})
    document, messages = data.get("document", {}), data.get("messages", {})
    project = Project(
        root=root, file=path.resolve(),
        out=root / build["out"] if "out" in build else None,
        audiences=[str(a) for a in build.get("audiences", [])],
        formats=[str(f) for f in build.get("formats", [])],
        file_name=build.get("file_name", DEFAULT_FILE_NAME),
        taxonomy=root / build["taxonomy"] if "taxonomy" in build else None,
        db=root / history["db"] if "db" in history else None,
        first_issue=history.get("first_issue", 1), series=history.get("series", "weekly"),
        issuer=document.get("issuer"), date_style=document.get("date_style"), lang=messages.get("lang"),
        refresh_fields=build.get("refresh_fields"),
    )
    if project.first_issue < 1:
        raise UsageError(_("{path}: [history] first_issue must be 1 or more, not {value}").format(path=path, value=project.first_issue))
    if project.date_style and project.date_style not in DATE_STYLES:
        raise UsageError(_("{path}: [document] date_style must be {choices}, not {value!r}").format(
            path=path, choices=" / ".join(DATE_STYLES), value=project.date_style))
    if project.lang and project.lang not in LANGUAGES:
        raise UsageError(N_("{path}: [messages] lang must be {choices}, not {value!r}"),
                         path=path, choices=" / ".join(LANGUAGES), value=project.lang)
    check_file_name(project.file_name, where=f"{path}: [build] file_name")
    return project


def _check(path: Path, data: dict[str, Any]) -> None:
    for table, values in data.items():
        if table not in KEYS or not isinstance(values, dict):
            raise UsageError(_("{path}: unknown table [{table}]; a project file has {tables}").format(
                path=path, table=table, tables=", ".join(f"[{t}]" for t in KEYS)))
        for key, value in values.items():
            if key not in KEYS[table]:
                raise UsageError(_("{path}: [{table}] has no key {key!r}; it takes {keys}").format(
                    path=path, table=table, key=key, keys=", ".join(KEYS[table])))
            kind, what = KEYS[table][key]
            if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
                raise UsageError(_("{path}: [{table}] {key} must be {what}, not {value!r}").format(path=path, table=table, key=key, what=_(what), value=value))


def check_file_name(pattern: str, where: str = "file_name") -> None:
    """Raise UsageError unless the pattern names only known fields and includes the issue and audience."""
    names = _FIELD.findall(pattern)
    unknown = [n for n in names if n not in FILE_NAME_FIELDS]
    if unknown or "{" in _FIELD.sub("", pattern) or "}" in _FIELD.sub("", pattern):
        raise UsageError(_("{where} {pattern!r}: fields are written {{name}}, one of {fields}").format(
            where=where, pattern=pattern, fields=", ".join(FILE_NAME_FIELDS)))
    if "audience" not in names or not {"issue", "period"} & set(names):
        raise UsageError(_("{where} {pattern!r} must contain {{audience}} and {{issue}} (or {{period}}), "
                           "so one audience's or one week's file never overwrites another's").format(
            where=where, pattern=pattern))


def file_stem(pattern: str, **fields: Any) -> str:
    """Return a file name (without suffix) from a pattern; each field is substituted as plain text.

    Characters a file name cannot hold are replaced by ``_``; the pattern is
    never run through ``str.format``.
    """
    def value(match: re.Match[str]) -> str:
        return _UNSAFE.sub("_", str(fields.get(match.group(1), "")))

    return _FIELD.sub(value, pattern).strip() or "reportgen"


INIT_TEXT = """\
# reportgen 项目设置（reportgen.toml）。放在工作文件夹里；reportgen 在当前文件夹
# 或其上级文件夹中查找它，也可以用 --config 指定。路径都相对于本文件所在的文件夹。
# The project settings: found in the working folder or above it, or given with --config.

[build]
out = "简报"                       # 输出文件夹（--out 的默认值）
audiences = ["weekly", "digest"]   # 默认生成的文稿（--audience 的默认值）
# formats = ["docx", "pdf"]        # 每种文稿的输出格式（默认用文稿自己的格式）
# 输出文件名：可用 {masthead} 报头名称、{issue} 期号、{period} 期间、{audience} 文稿、{series} 系列；
# 必须含 {audience} 和 {issue}（或 {period}），这样每期文件各自保存，不会互相覆盖。
file_name = "{masthead}第{issue}期-{audience}"
# refresh_fields = true            # 有 LibreOffice 时，生成时就填好 Word 文稿目录的页码（--refresh-fields）

[history]
db = "简报历史.sqlite"             # 历史库：为各期编号、对比上期；不要放进输出文件夹
first_issue = 1                    # 年中开始使用时，从第几期编起（例如 15）
# series = "weekly"                # 期号系列名称

[document]
# issuer = "活动领导小组办公室"      # 印发单位（覆盖各文稿 settings.toml 中的 masthead.issuer）
# date_style = "arabic"            # 印发日期写法："arabic" 2014年5月21日，"chinese" 二〇一四年五月二十一日

[messages]
# lang = "zh"                      # 终端提示语言："zh" 中文，"en" English
"""


def write_init(folder: Path, force: bool = False) -> Path:
    """Write a commented ``reportgen.toml`` into ``folder``; refuse to overwrite one unless ``force``."""
    target = folder / PROJECT_FILE
    if target.exists() and not force:
        raise UsageError(_("{path} already exists; edit it, or pass --force to replace it").format(path=target))
    from .atomic import write_bytes_atomic

    return write_bytes_atomic(target, INIT_TEXT.encode("utf-8"))
