#!/usr/bin/env python3
"""Writes the SHA-1 of every run of ten (or --run N) words of a reference text, one hex digest a line, sorted.

The bundled banks are written in the project's own words; tests/core/test_bundledbanks.cpp checks that no
run of ten words of the article the backend bank was planned against appears in their explanations, tips,
answers or follow-ups, and no run of eight words in their sample answers (the article has sample answers
too, so that is where a close copy would show). The article itself is not part of the repository, only these
digests, made with:

    tools/reference_ngrams.py ../shared/reference/backend-engineer-interview-questions.txt \
        > tests/data/reference-10grams.txt
    tools/reference_ngrams.py --run 8 ../shared/reference/backend-engineer-interview-questions.txt \
        > tests/data/reference-8grams.txt

Words are runs of letters, digits and apostrophes (a typographic apostrophe counts as a plain one),
lowercased, joined by single spaces before hashing. The test splits text the same way.
"""

import hashlib
import sys

DEFAULT_RUN = 10


def words(text):
    out, word = [], []
    for c in text.lower():
        if c.isalpha() or c.isdigit() or c in "'\u2019":
            word.append("'" if c == "\u2019" else c)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def main():
    args = sys.argv[1:]
    run = DEFAULT_RUN
    if len(args) == 3 and args[0] == "--run" and args[1].isdigit() and int(args[1]) > 0:
        run = int(args[1])
        args = args[2:]
    if len(args) != 1:
        sys.exit("usage: reference_ngrams.py [--run N] ARTICLE.txt > tests/data/reference-<N>grams.txt")
    with open(args[0], encoding="utf-8") as f:
        w = words(f.read())
    digests = {hashlib.sha1(" ".join(w[i:i + run]).encode("utf-8")).hexdigest()
               for i in range(len(w) - run + 1)}
    sys.stdout.write("# SHA-1 of each run of %d words of a reference article; see tools/reference_ngrams.py\n"
                     % run)
    for d in sorted(digests):
        sys.stdout.write(d + "\n")


if __name__ == "__main__":
    main()
