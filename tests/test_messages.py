"""Messages in the clerk's language: Chinese by default, English on request or in an English locale,
and a compiled catalogue that matches its source and covers every marked message."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from reportgen.messages import LOCALE_DIR, _, language_from_env, set_language

ROOT = Path(__file__).resolve().parent.parent
PO = LOCALE_DIR / "zh_CN" / "LC_MESSAGES" / "reportgen.po"
MO = PO.with_suffix(".mo")


def test_language_from_the_environment() -> None:
    assert language_from_env({}) == "zh"
    assert language_from_env({"LANG": "C.UTF-8"}) == "zh"
    assert language_from_env({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert language_from_env({"LANG": "en_GB.UTF-8"}) == "en"
    assert language_from_env({"LANGUAGE": "en_US:zh_CN", "LANG": "zh_CN.UTF-8"}) == "en"
    assert language_from_env({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"


def test_chinese_by_default_from_a_fresh_process(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    run = subprocess.run([sys.executable, "-m", "reportgen", "build", str(tmp_path / "不存在")],
                         capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.returncode == 8
    assert run.stderr.strip() == f"错误：找不到文件或文件夹：{tmp_path / '不存在'}；请检查名称是否写错"
    english = subprocess.run([sys.executable, "-m", "reportgen", "build", str(tmp_path / "x"), "--lang", "en"],
                             capture_output=True, text=True, env=env, cwd=tmp_path)
    assert english.stderr.startswith("Error: no such file or folder:")


def test_set_language() -> None:
    set_language("zh")
    assert _("read {n}").format(n=3) == "读取 3 份"
    set_language("en")
    assert _("read {n}").format(n=3) == "read 3"


def test_the_compiled_catalogue_matches_its_source_and_every_message_is_translated() -> None:
    with PO.open("rb") as f:
        po = read_po(f)
    with MO.open("rb") as f:
        mo = read_mo(f)
    translations = {m.id: m.string for m in po if m.id}
    assert translations == {m.id: m.string for m in mo if m.id}, "run: pybabel compile -d reportgen/locale -D reportgen"
    marked = {message for _file, _line, message, *_ in
              extract_from_dir(str(ROOT / "reportgen"), method_map=[("**.py", "python")],
                               keywords={"_": None, "N_": None})}
    untranslated = sorted(m for m in marked if not translations.get(m))
    assert not untranslated, "run pybabel extract/update (README, Development), then translate: " + repr(untranslated)


def test_help_and_usage_errors_follow_the_language(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def reportgen(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "reportgen", *args], capture_output=True, text=True,
                              env=env, cwd=tmp_path)

    zh = reportgen("build", "--help").stdout
    assert zh.startswith("用法：") and "印发日期" in zh and "显示本说明并退出。" in zh
    en = reportgen("--lang", "en", "build", "--help").stdout
    assert en.startswith("Usage:") and "The 印发日期 printed on the documents" in en
    assert "错误：缺少参数 'ISSUE_NO'" in reportgen("history", "show").stderr
