"""Write a folder of N reports from N distinct units, made from the embedded seeds.

    python benchmarks/scale_corpus.py N OUT_DIR

Each report is a copy of a single-unit seed whose reporting unit (as
``reportgen extract`` names it) gets a new place name: the unit's first two
characters, the place's proper name, are replaced everywhere in the copy by a
generated two-character name, so every copy is read as its own unit. Numbers
are varied so no two copies are alike. Used by ``scale_build.py`` and by hand
to look at a briefing of hundreds of units.
"""
from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

from extract_speed import vary_numbers

from reportgen.ingest import read
from reportgen.nodes import block_text
from reportgen.pipeline import Options, extract_paths
from reportgen.resources import seeds_dir

# Characters that make plausible, distinct place names and are not numerals or office words.
NAME_CHARS = "安宁康泰和兴华丰永长清明峰岭川源泉林松柏桂梅兰竹溪湖江河山阳阴云霞星月金银玉翠"


def place_names(n: int, rng: random.Random) -> list[str]:
    """Return ``n`` distinct two-character place names in a shuffled order."""
    pairs = [a + b for a, b in itertools.permutations(NAME_CHARS, 2)]
    if n > len(pairs):
        raise SystemExit(f"at most {len(pairs)} distinct names")
    rng.shuffle(pairs)
    return pairs[:n]


def single_unit_seeds() -> list[tuple[str, str]]:
    """Return (text, place part of its unit) for each seed that reports one unit."""
    paths = sorted(seeds_dir().glob("*.txt"))
    documents = extract_paths(paths, Options())
    out = []
    for path, record in zip(paths, documents):
        units = {a.unit for a in record.articles if a.unit}
        if len(units) != 1:
            continue
        document = read(path).document
        text = "\n\n".join(block_text(b) for b in document.blocks)
        out.append((text, next(iter(units))[:2]))
    return out


def write_corpus(n: int, out_dir: Path, seed: int = 11) -> list[Path]:
    """Write ``n`` reports into ``out_dir``; return their paths."""
    rng = random.Random(seed)
    bases = single_unit_seeds()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, name in enumerate(place_names(n, rng)):
        text, place = bases[i % len(bases)]
        path = out_dir / f"report_{i:04d}.txt"
        path.write_text(vary_numbers(text.replace(place, name), rng), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    print(f"wrote {len(write_corpus(args.n, args.out_dir))} reports to {args.out_dir}")


if __name__ == "__main__":
    main()
