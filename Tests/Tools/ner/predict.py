#!/usr/bin/env python3
"""Reference runtime for the greedy averaged-perceptron NER tagger.

Loads weights.tsv (integer weights) and tags tokenized sentences with exactly
the feature templates and greedy decoding rule that the Swift port must follow.
train_ner.py imports the feature and decoding code from this file, so training
and this reference decoder cannot drift apart.

Usage:
    python3 Tests/Tools/ner/predict.py [--weights Tests/Tools/ner/weights.tsv] [sentence ...]
Each sentence argument is split on whitespace into tokens. Without arguments a
few built-in sample sentences are tagged. With --stdin, one sentence per line
(whitespace-tokenized) is read from standard input and printed as token/TAG.
"""

import argparse
import os
import sys

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
NLABELS = len(LABELS)
LABEL_INDEX = {l: i for i, l in enumerate(LABELS)}

START = "<s>"   # padding before the sentence start (words, shapes and labels)
END = "</s>"    # padding after the sentence end (words and shapes)

# Characters that must never appear in a feature string (the weights file is
# tab-separated and line-oriented). Each is replaced by "_" in the token text
# before any feature is computed.
_BAD_CHARS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_BAD_TABLE = {ord(c): "_" for c in _BAD_CHARS}


def sanitize(token):
    return token.translate(_BAD_TABLE)


def shape(w):
    """Uppercase -> X, lowercase -> x, decimal digit -> d, other -> itself;
    then runs of the same output char collapse to one."""
    out = []
    last = None
    for ch in w:
        if ch.isupper():
            c = "X"
        elif ch.islower():
            c = "x"
        elif ch.isdecimal():
            c = "d"
        else:
            c = ch
        if c != last:
            out.append(c)
            last = c
    return "".join(out)


def is_allcaps_line(tokens):
    """True iff the sentence has at least one uppercase character and no
    lowercase character (every token that contains letters is all uppercase)."""
    has_upper = False
    for t in tokens:
        for ch in t:
            if ch.islower():
                return False
            if ch.isupper():
                has_upper = True
    return has_upper


def doc_info(sentences):
    """What a document says of its words' case: the lower-cased words it writes in lower case, and
    those it capitalizes after a sentence's first token, both from the sentences that are not all
    capitals. sentences: lists of tokens as written."""
    low, cap = set(), set()
    for toks in sentences:
        if is_allcaps_line(toks):
            continue
        for i, t in enumerate(toks):
            if not t[:1].isalpha():
                continue
            if t[0].islower():
                low.add(t.lower())
            elif i > 0 and t[0].isupper():
                cap.add(t.lower())
    return (low, cap)


def fnv1a64(text):
    """FNV-1a, 64 bits, over the UTF-8 bytes: how clusters.tsv names its words."""
    h = 0xCBF29CE484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def load_clusters(path):
    """Word hash -> cluster number, from make_clusters.py's output."""
    clusters = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, cluster = line.rstrip("\n").split("\t")
            clusters[int(key, 16)] = cluster
    return clusters


# The word clusters travel with the weights: the model was trained with these. Before make_clusters.py
# has written them there are none.
_CLUSTERS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clusters.tsv")
CLUSTERS = load_clusters(_CLUSTERS_PATH) if os.path.exists(_CLUSTERS_PATH) else {}


def static_features(tokens, doc=None):
    """Label-independent features for every token of one sentence.
    doc: doc_info() of the sentence's document, or None to leave out the document features.
    Returns a list (one entry per token) of lists of feature strings."""
    toks = [sanitize(t) for t in tokens]
    n = len(toks)
    lws = [t.lower() for t in toks]
    shapes = [shape(t) for t in toks]
    allcaps = is_allcaps_line(toks)
    clusters = [CLUSTERS.get(fnv1a64(lw), "?") for lw in lws]

    def cluster_at(j):
        return "-" if j < 0 or j >= n else clusters[j]

    def lw_at(j):
        if j < 0:
            return START
        if j >= n:
            return END
        return lws[j]

    def shape_at(j):
        if j < 0:
            return START
        if j >= n:
            return END
        return shapes[j]

    result = []
    for i in range(n):
        lw = lws[i]
        f = [
            "b",
            "w=" + lw,
            "w-1=" + lw_at(i - 1),
            "w+1=" + lw_at(i + 1),
            "w-2=" + lw_at(i - 2),
            "w+2=" + lw_at(i + 2),
            "p3=" + lw[:3],
            "s3=" + lw[-3:],
            "s2=" + lw[-2:],
            "p4=" + lw[:4],
            "s4=" + lw[-4:],
            "w-1|w=" + lw_at(i - 1) + "|" + lw,
            "w|w+1=" + lw + "|" + lw_at(i + 1),
            "shape=" + shapes[i],
            "shape-1=" + shape_at(i - 1),
            "shape+1=" + shape_at(i + 1),
            "c=" + clusters[i],
            "c-1=" + cluster_at(i - 1),
            "c+1=" + cluster_at(i + 1),
        ]
        if doc is not None:
            low, cap = doc
            if i == 0 or allcaps:
                if toks[i][:1].isalpha():
                    f.append("doc=" + ("L" if lw in low else "") + ("C" if lw in cap else ""))
            elif toks[i][:1].isupper():
                f.append("doc2=" + ("L" if lw in low else "-"))
        if i == 0:
            f.append("first")
        if allcaps:
            f.append("allcaps-line")
        result.append(f)
    return result


def dynamic_features(prev, prev2, lw):
    """Features depending on the previously predicted labels.
    prev = label(i-1), prev2 = label(i-2); START ("<s>") before the sentence."""
    return ["prev=" + prev, "prev2=" + prev2 + "|" + prev, "prev+w=" + prev + "|" + lw]


def allowed(label_index, prev):
    """I-X is allowed only when the previous predicted label is B-X or I-X."""
    lab = LABELS[label_index]
    if lab.startswith("I-"):
        return prev[2:] == lab[2:] and prev[:2] in ("B-", "I-")
    return True


def best_label(scores, prev):
    """Greedy decision: argmax over the labels that are allowed after prev.
    Labels are scanned in index order and a label replaces the current best
    only if its score is strictly greater (ties go to the lower index)."""
    best = -1
    best_score = None
    for y in range(NLABELS):
        if not allowed(y, prev):
            continue
        s = scores[y]
        if best < 0 or s > best_score:
            best = y
            best_score = s
    return best


def add_scores(scores, feats, weights):
    for f in feats:
        v = weights.get(f)
        if v is not None:
            for y in range(NLABELS):
                scores[y] += v[y]


def tag(tokens, weights, doc=None):
    """Greedy left-to-right decoding. weights: dict feature -> list of NLABELS
    numbers (ints from weights.tsv, or floats during training); doc: doc_info()
    of the sentence's document, or None for a sentence on its own, which is then
    its own document."""
    if not tokens:
        return []
    if doc is None:
        doc = doc_info([tokens])
    stat = static_features(tokens, doc)
    lws = [sanitize(t).lower() for t in tokens]
    prev2, prev = START, START
    out = []
    for i, feats in enumerate(stat):
        scores = [0] * NLABELS
        add_scores(scores, feats, weights)
        add_scores(scores, dynamic_features(prev, prev2, lws[i]), weights)
        y = best_label(scores, prev)
        out.append(LABELS[y])
        prev2, prev = prev, LABELS[y]
    return out


def load_weights(path):
    weights = {}
    with open(path, encoding="utf-8", newline="\n") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        if header[0] != "labels" or header[1:] != LABELS:
            raise ValueError("unexpected labels line: %r" % header)
        scale_line = fh.readline().rstrip("\n").split("\t")
        if scale_line[0] != "scale":
            raise ValueError("unexpected scale line: %r" % scale_line)
        scale = int(scale_line[1])
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                continue
            feat, entries = line.split("\t")
            vec = [0] * NLABELS
            for e in entries.split(","):
                k, v = e.split(":")
                vec[int(k)] = int(v)
            weights[feat] = vec
    return weights, scale


def spans(labels):
    """Entity spans (start, end_exclusive, type) from IOB2 labels.
    A stray I-X (not continuing an X entity) starts a new entity, as in conlleval."""
    out = []
    start = None
    typ = None
    for i, lab in enumerate(list(labels) + ["O"]):
        if start is not None:
            if not (lab.startswith("I-") and lab[2:] == typ):
                out.append((start, i, typ))
                start = None
                typ = None
        if lab.startswith("B-") or (lab.startswith("I-") and start is None):
            start = i
            typ = lab[2:]
    return out


def debug_dump(tokens, labels, weights):
    """Print, per token, the full feature list (static + dynamic, in order) and
    the integer score of every label, for a line-by-line comparison with Swift."""
    stat = static_features(tokens, doc_info([tokens]))
    prev2, prev = START, START
    for i, feats in enumerate(stat):
        feats = feats + dynamic_features(prev, prev2, sanitize(tokens[i]).lower())
        scores = [0] * NLABELS
        add_scores(scores, feats, weights)
        print("%d\t%s\t%s" % (i, tokens[i], labels[i]))
        print("\tfeatures: " + " ".join(feats))
        print("\tscores: " + " ".join("%s=%s" % (LABELS[y], scores[y]) for y in range(NLABELS)))
        prev2, prev = prev, labels[i]


SAMPLES = [
    "Chancellor Angela Merkel met Emmanuel Macron in Berlin on Tuesday to discuss the European Union budget .",
    "Shares of Apple Inc rose 3 percent on the Nasdaq after the company reported strong iPhone sales .",
    "The World Health Organization said the outbreak in Kinshasa had spread to neighbouring Uganda .",
    "Manchester United manager Erik ten Hag praised Bruno Fernandes after the 2-1 win over Liverpool .",
    "ZURICH 1996-10-14",
    "NASA and the European Space Agency will launch the probe from French Guiana , spokeswoman Maria Lopez said .",
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", default=os.path.join(here, "weights.tsv"))
    ap.add_argument("--clusters", default=os.path.join(here, "clusters.tsv"),
                    help="the word clusters the weights were trained with")
    ap.add_argument("--stdin", action="store_true", help="read one whitespace-tokenized sentence per line")
    ap.add_argument("--debug", action="store_true", help="also print each token's features and label scores")
    ap.add_argument("sentences", nargs="*")
    args = ap.parse_args()
    global CLUSTERS
    CLUSTERS = load_clusters(args.clusters)
    weights, scale = load_weights(args.weights)
    if args.stdin:
        sents = [l.split() for l in sys.stdin]
    else:
        sents = [s.split() for s in (args.sentences or SAMPLES)]
    for toks in sents:
        labs = tag(toks, weights)
        if args.debug:
            debug_dump(toks, labs, weights)
        print(" ".join("%s/%s" % (t, l) for t, l in zip(toks, labs)))
        ents = ["%s[%s]" % (" ".join(toks[s:e]), ty) for s, e, ty in spans(labs)]
        if not args.stdin:
            print("  entities:", "; ".join(ents) if ents else "(none)")


if __name__ == "__main__":
    main()
