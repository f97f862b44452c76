"""What each new token string costs a long-lived tagger: spaCy's vocabulary (StringStore, lexemes,
the tokenizer's cache) keeps every string it has seen, for the life of the process.

    .venv/bin/python benchmarks/vocab_growth.py [--make-doc]

Tags 2,000 short texts of 100 invented words each (200,000 random lower-case words of 5-11 letters,
seeded) with this process's pipeline (`--make-doc`: the tokenizer only) and prints the strings and
lexemes added and the RSS they cost, per new string. Invented words stand for the names, numbers and
misspellings that real news keeps bringing.
"""
from __future__ import annotations

import random
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 2**20


def main(argv=None) -> None:
    from pipeline.nlp import get_nlp

    make_doc = "--make-doc" in (sys.argv[1:] if argv is None else argv)
    nlp = get_nlp()
    run = nlp.make_doc if make_doc else nlp
    rng = random.Random(1)
    words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(5, 11))) for _ in range(200_000)]
    base = "Bupati Kabupaten Contoh meresmikan mal pelayanan publik pada Senin .".split()
    for _ in range(10):
        run(" ".join(base))
    r0, s0, l0 = rss_mb(), len(nlp.vocab.strings), len(nlp.vocab)
    for i in range(0, len(words), 100):
        run(" ".join(base + words[i:i + 100]))
    r1, s1, l1 = rss_mb(), len(nlp.vocab.strings), len(nlp.vocab)
    print(f"{'tokenizer' if make_doc else 'pipeline'}: strings +{s1 - s0}, lexemes +{l1 - l0}, "
          f"RSS +{r1 - r0:.1f} MB, {(r1 - r0) * 2**20 / (s1 - s0):.0f} bytes per new string")


if __name__ == "__main__":
    main()
