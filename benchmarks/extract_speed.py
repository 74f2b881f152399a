"""How fast extraction runs, measured against plain jieba segmentation of the same text.

    python benchmarks/extract_speed.py [--mb 5] [--profile] [--tagger]
    python benchmarks/extract_speed.py --corpus DIR [DIR ...] [--repeat N]

``--corpus`` times every readable report under the folders given instead, each
once: distinct reports, so the segmenter's table of dictionary scores fills as
it would on a real week's pile rather than from repeated seeds. A small pile
takes a fraction of a second a side, too little to time on a shared machine:
``--repeat N`` times it N times, each pass from the state the first started
from (the segmenter's fragment scores forgotten and filled again by the
warm-up), so every pass does the work of the first.

Builds a corpus of about ``--mb`` megabytes (UTF-8) from the embedded seed
reports, repeated with their numbers varied so no two copies are alike, turns
each copy into a ``Document`` with the plain-text reader, then times on one
core, in this one process:

- the extract path: ``reportgen.normalise.normalise`` then
  ``reportgen.extract.extract`` on every document;
- plain ``jieba.lcut`` (jieba's default: dictionary plus HMM) over the same text.

Segmentation's cache of cut text is cleared before each document, so text
repeated across copies is cut again as it would be in a real pile of
reports. (The segmenter's table of dictionary scores is kept: it holds
dictionary entries, not cuts, and fills the same way from any pile of
reports of the genre; on this corpus of repeated seeds it fills sooner.)
Times are CPU seconds of this process (``time.process_time``), and the two
sides are timed in turns of ``TURN`` documents, so the load of other work on
a shared machine, which slows both, weighs on both alike.
One-time start-up (dictionaries, the compiled cut's trie, tag tables, IDF
table, the numeral library) is paid in a warm-up run before either clock starts: it is a constant,
not a rate. The first line printed says whether the cut ran compiled
(``segment.compiled_cut()``) or in Python, whose table of fragment scores is
what ``--repeat`` forgets between passes. Prints
``extract_mb_s=… lcut_mb_s=… ratio=…``; the bar is ratio >= 0.8 (issue 10:
extracting everything costs at most 1.25 times a bare ``jieba.lcut`` pass over
the same text), the goal ratio >= 1.0.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import sys
import time

from reportgen.ingest import read
from reportgen.ingest.text import read_text
from reportgen.nodes import Document, block_text
from reportgen.resources import seeds_dir

_DIGITS = re.compile(r"\d+")
#: a report's line of numerals above a hundred, read at the warm-up so the numeral library's one-time load is no rate
WARM_NUMERALS = "全县共走访群众一千二百户，收集意见建议三千五百条。"


def seed_texts() -> list[str]:
    """Return the text of each embedded seed, one paragraph a line, as the reader sees it."""
    texts = []
    for path in sorted(seeds_dir().glob("*.txt")):
        document = read(path).document
        if document is not None:
            texts.append("\n\n".join(block_text(b) for b in document.blocks))
    return texts


def folder_texts(folders: list[str]) -> list[str]:
    """Return the text of every readable report under ``folders``, each once, as the reader sees it."""
    from pathlib import Path

    texts = []
    for folder in folders:
        for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
            document = read(path).document
            if document is not None:
                texts.append("\n\n".join(block_text(b) for b in document.blocks))
    if not texts:
        sys.exit(f"no readable reports under {', '.join(folders)}")
    return texts


def vary_numbers(text: str, rng: random.Random) -> str:
    """Return ``text`` with every run of digits replaced by a random one of the same length."""
    def repl(match: re.Match[str]) -> str:
        n = len(match.group())
        return str(rng.randint(10 ** (n - 1) if n > 1 else 0, 10 ** n - 1))
    return _DIGITS.sub(repl, text)


def corpus(megabytes: float, seed: int = 7) -> list[str]:
    """Return texts totalling about ``megabytes`` MB of UTF-8: the seeds, numbers varied per copy."""
    rng = random.Random(seed)
    base = seed_texts()
    if not base:
        sys.exit("no seed reports found; run from a checkout or an installed reportgen")
    texts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        for text in base:
            varied = vary_numbers(text, rng)
            texts.append(varied)
            size += len(varied.encode("utf-8"))
    return texts


#: documents timed in one turn of each side (about 80 KB)
TURN = 10

_LEXICONS: list = []
#: whether the lexicon carries the contextual tagger (``--tagger``; docs/tagger-evaluation.md)
_WITH_TAGGER: list[bool] = []


def run_lexicon():
    """Return the benchmark's one extraction lexicon (the shipped taxonomy), built on first use."""
    if not _LEXICONS:
        from reportgen.extract import load_lexicon
        from reportgen.taxonomy import load_taxonomy

        tagger = None
        if any(_WITH_TAGGER):
            from reportgen.extract.tagger import LacTagger, load_tag_map

            tagger = LacTagger(load_tag_map())
        _LEXICONS.append(load_lexicon(load_taxonomy(), tagger=tagger))
    return _LEXICONS[0]


_NORMALISE_RULES: list = []


def run_normalise_rules():
    """Return the benchmark's one set of normalise rule tables, loaded on first use."""
    if not _NORMALISE_RULES:
        from reportgen.normalise import load_normalise_rules

        _NORMALISE_RULES.append(load_normalise_rules())
    return _NORMALISE_RULES[0]


def run_extract(documents: list[Document]) -> int:
    """Return the number of articles found; normalise and extract every document."""
    from reportgen.extract import extract
    from reportgen.normalise import normalise

    lexicon, rules = run_lexicon(), run_normalise_rules()
    articles = 0
    for doc in documents:
        # The corpus repeats the seeds: a cut or reading kept from an earlier copy would be work
        # not done. Steps reading the same text within one document still share them.
        lexicon.clear_cache()
        rules.clear_cache()  # likewise the caption verdicts of paragraphs seen in earlier documents
        articles += len(extract(normalise(doc, rules), lexicon))
    return articles


def breakdown(documents: list[Document]) -> dict[str, float]:
    """Return CPU seconds per step of the extract path (the steps ``extract`` runs, timed one by one)."""
    from reportgen.extract.articles import split_articles
    from reportgen.extract.figures import find_figures
    from reportgen.extract.keywords import find_keywords
    from reportgen.extract.measures import find_measures
    from reportgen.extract.meta import read_meta
    from reportgen.normalise import normalise

    lexicon, rules = run_lexicon(), run_normalise_rules()
    spent = dict.fromkeys(["normalise", "split_articles", "read_meta", "find_measures", "find_figures", "find_keywords"], 0.0)

    def timed(step: str, fn, *args):
        start = time.process_time()
        result = fn(*args)
        spent[step] += time.process_time() - start
        return result

    for doc in documents:
        lexicon.clear_cache()
        rules.clear_cache()
        doc = timed("normalise", normalise, doc, rules)
        for blocks in timed("split_articles", split_articles, doc, lexicon):
            article = timed("read_meta", read_meta, blocks, doc.meta, lexicon)
            timed("find_measures", find_measures, blocks, lexicon)
            timed("find_figures", find_figures, blocks, lexicon)
            timed("find_keywords", find_keywords, article.paragraphs, lexicon)
    return spent


def run_lcut(texts: list[str]) -> int:
    """Return the number of words; segment every text with plain ``jieba.lcut``."""
    import jieba

    return sum(len(jieba.lcut(text)) for text in texts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in megabytes (default 5)")
    parser.add_argument("--corpus", nargs="+", metavar="DIR",
                        help="time the reports under these folders, each once, instead of repeated seeds")
    parser.add_argument("--repeat", type=int, default=1, metavar="N",
                        help="time the texts N times, each pass from the state after the warm-up (default 1)")
    parser.add_argument("--profile", action="store_true",
                        help="also print where the extract path spends its time (by own time)")
    parser.add_argument("--breakdown", action="store_true", help="also print CPU seconds per extract step")
    parser.add_argument("--tagger", action="store_true",
                        help="extract with the contextual tagger (needs reportgen[tagger]; off by default)")
    args = parser.parse_args()
    _WITH_TAGGER.append(args.tagger)

    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    texts = folder_texts(args.corpus) if args.corpus else corpus(args.mb)
    documents = [read_text(text.encode("utf-8"))[0] for text in texts]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000

    # warm-up on the seeds and a line of large Chinese numerals (the seeds write none, and the numeral
    # reader's library loads, compiling its patterns, on the first): load every lazy table once
    warm = [read_text(text.encode("utf-8"))[0] for text in (*seed_texts(), WARM_NUMERALS)]
    run_extract(warm)
    run_lcut(seed_texts())

    profiler = cProfile.Profile() if args.profile else None
    articles = words = 0
    extract_seconds = lcut_seconds = 0.0
    # The two are timed in turns, a few documents each, so a shared machine's load (which
    # slows both) weighs on both alike rather than on whichever happened to run during a peak.
    for rep in range(max(1, args.repeat)):
        if rep:  # start again where the first pass did: the fragment scores of the warm-up only
            run_lexicon().segmenter.clear_cache(scores=True)
            run_extract(warm)
        for at in range(0, len(texts), TURN):
            start = time.process_time()
            if profiler:
                profiler.enable()
            articles += run_extract(documents[at:at + TURN])
            if profiler:
                profiler.disable()
            extract_seconds += time.process_time() - start
            start = time.process_time()
            words += run_lcut(texts[at:at + TURN])
            lcut_seconds += time.process_time() - start
    megabytes *= max(1, args.repeat)

    extract_rate = megabytes / extract_seconds
    lcut_rate = megabytes / lcut_seconds
    passes = f" x {args.repeat} passes" if args.repeat > 1 else ""
    from reportgen.extract.segment import compiled_cut

    print(f"corpus: {len(texts)} documents{passes}, {megabytes:.2f} MB, {articles} articles, {words} words; "
          f"extract {extract_seconds:.1f} s, lcut {lcut_seconds:.1f} s (CPU); "
          f"cut {'compiled' if compiled_cut() else 'in Python'}")
    print(f"extract_mb_s={extract_rate:.3f} lcut_mb_s={lcut_rate:.3f} ratio={extract_rate / lcut_rate:.2f}")
    if args.breakdown:
        spent = breakdown(documents)
        print("breakdown (CPU s): " + " ".join(f"{step}={sec:.2f}" for step, sec in spent.items())
              + f" lcut={lcut_seconds:.2f}")
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(30)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
