#!/usr/bin/env python3
"""Word clusters for the NER tagger, from unlabelled news text.

    python3 Tests/Tools/ner/make_clusters.py --corpus ../shared/corpus --out Tests/Tools/ner/clusters.tsv

Words that keep the same company in text (the words two places before and after
them) share a cluster, so the tagger can carry what it learnt of a name in its
training data to names it never saw there.

The text: the development corpora and the tagger's own training split, never a
test suite. That is the BBC texts, the PolNeAR development compartment,
GUM news, TBAQ-cleaned and the SemEval-2015 timeline texts, and the words of
CoNLL-2003 eng.train (not eng.testa, on which the tagger is measured).

Method (numpy; deterministic for one machine's BLAS):
  1. Lower-cased tokens; the vocabulary is every word seen at least --min-count times.
  2. Count, for each word, the 3,000 most frequent words at offsets -2, -1, +1 and +2.
  3. Positive pointwise mutual information of those counts, reduced to 100
     dimensions by a randomized SVD, each row scaled to unit length.
  4. Spherical k-means into --clusters clusters.

The output has one line per word: the FNV-1a 64-bit hash of its lower-cased
UTF-8 bytes, in 16 hex digits, a tab, and its cluster number. The words
themselves are not kept: the file is a model, not a word list from the texts.
"""

import argparse
import collections
import glob
import json
import os
import re
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from predict import fnv1a64  # noqa: E402  the hash the tagger looks words up by

TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:[-'’][A-Za-z]+)*|\d+(?:[.,:/-]\d+)*|\S")


def sentences(corpus):
    """Lower-cased token lists, one per paragraph or CoNLL sentence."""
    def paragraphs(text):
        for para in text.split("\n"):
            tokens = TOKEN.findall(para)
            if tokens:
                yield [t.lower() for t in tokens]

    for path in sorted(glob.glob(os.path.join(corpus, "bbc/*/*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as fh:
            yield from paragraphs(fh.read())
    patterns = ["polnear/json/dev/*.json", "gum_news/json/*.json",
                "tempeval3/json/TBAQ-cleaned/*/*.json", "semeval2015_timeline/json/*/*.json"]
    for pattern in patterns:
        for path in sorted(glob.glob(os.path.join(corpus, pattern))):
            with open(path, encoding="utf-8") as fh:
                yield from paragraphs(json.load(fh).get("text", ""))
    sent = []
    with open(os.path.join(corpus, "conll2003_train/eng.train"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if sent:
                    yield sent
                    sent = []
                continue
            sent.append(parts[0].lower())
    if sent:
        yield sent


def embed(sents, vocab, contexts=3000, dims=100):
    index = {w: i for i, w in enumerate(vocab)}
    context = {w: i for i, w in enumerate(vocab[:contexts])}
    c = len(context)
    counts = np.zeros((len(vocab), 4 * c), dtype=np.float32)
    for s in sents:
        for i, w in enumerate(s):
            row = index.get(w)
            if row is None:
                continue
            for k, offset in enumerate((-2, -1, 1, 2)):
                j = i + offset
                col = context.get(s[j]) if 0 <= j < len(s) else None
                if col is not None:
                    counts[row, k * c + col] += 1
    total = counts.sum()
    rows = counts.sum(1, keepdims=True) + 1e-9
    cols = counts.sum(0, keepdims=True) + 1e-9
    ppmi = np.maximum(np.log(np.maximum(counts * total / rows / cols, 1e-12)), 0).astype(np.float32)
    # Randomized SVD: a full one of a 15,000 × 12,000 matrix takes a quarter of an hour.
    rng = np.random.default_rng(7)
    y = ppmi @ rng.standard_normal((ppmi.shape[1], dims + 60)).astype(np.float32)
    for _ in range(2):
        y, _ = np.linalg.qr(y)
        y = ppmi @ (ppmi.T @ y)
    q, _ = np.linalg.qr(y)
    u, s, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    x = (q @ u)[:, :dims] * s[:dims]
    return x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-9)


def spherical_kmeans(x, k, seed, iterations=30):
    rng = np.random.default_rng(seed)
    centres = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iterations):
        assigned = np.argmax(x @ centres.T, axis=1)
        for j in range(k):
            members = x[assigned == j]
            if len(members):
                centres[j] = members.mean(0)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True) + 1e-9
    return np.argmax(x @ centres.T, axis=1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../../../shared/corpus"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--clusters", type=int, default=512)
    ap.add_argument("--min-count", type=int, default=5)
    ap.add_argument("--seed", type=int, default=5, help="k-means starting centres")
    args = ap.parse_args()
    sents = list(sentences(args.corpus))
    frequency = collections.Counter(w for s in sents for w in s)
    vocab = sorted((w for w, n in frequency.items() if n >= args.min_count), key=lambda w: (-frequency[w], w))
    assigned = spherical_kmeans(embed(sents, vocab), args.clusters, seed=args.seed)
    lines = sorted(f"{fnv1a64(w):016x}\t{c}\n" for w, c in zip(vocab, assigned))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(lines)
    print(f"{sum(map(len, sents))} tokens, {len(vocab)} words in {args.clusters} clusters -> {args.out}")


if __name__ == "__main__":
    main()
