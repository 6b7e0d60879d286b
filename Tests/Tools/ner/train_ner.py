#!/usr/bin/env python3
"""Train the greedy averaged-perceptron NER tagger on CoNLL-2003 and export
integer weights for the Swift port.

    python3 Tests/Tools/ner/train_ner.py \
        --train ../shared/corpus/conll2003_train/eng.train \
        --dev ../shared/corpus/conll2003_train/eng.testa \
        --out Tests/Tools/ner/weights.tsv

Stdlib only. Features and decoding come from predict.py (same directory), the
reference runtime, so that training, export and the cross-check decoder agree.

Procedure (deterministic):
  1. Read the CoNLL files (4 columns, IOB1): -DOCSTART- lines start a new
     document, blank lines end a sentence, tags become IOB2, and each
     sentence carries its document's doc_info (predict.py).
  2. For epoch 1..max-epochs: shuffle the training sentences with
     random.Random(seed) (one generator, reshuffled every epoch), decode each
     sentence greedily with the current weights (previous PREDICTED labels feed
     the label features, I-X forbidden unless previous is B-X/I-X) and on every
     wrong token do the perceptron update (+1 gold label, -1 predicted label on
     all of that token's features). Weights are averaged over all token steps.
     After each epoch the averaged weights are evaluated on dev (entity F1).
  3. Keep the epoch with the best dev F1 (first one on ties).
  4. Quantize: int_weight = round(avg_weight * scale) (Python round), drop zero
     entries, then drop every feature whose largest |int_weight| is below the
     smallest threshold that brings the file under --max-bytes.
  5. Write the weights file, reload it and evaluate the integer model on dev
     with predict.py's decoder (the numbers the Swift port should reproduce).
"""

import argparse
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import predict  # noqa: E402
from predict import LABELS, NLABELS, LABEL_INDEX, START, static_features, dynamic_features, sanitize  # noqa: E402

TYPES = ["PER", "ORG", "LOC", "MISC"]


# ---------------------------------------------------------------- data

def read_conll(path):
    """Returns a list of (tokens, iob2_tags, doc_info) sentences."""
    sents = []
    starts = []
    toks, tags = [], []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            parts = line.split()
            if not parts:
                if toks:
                    sents.append((toks, iob1_to_iob2(tags)))
                    toks, tags = [], []
                continue
            if parts[0] == "-DOCSTART-":
                starts.append(len(sents) + (1 if toks else 0))
                if toks:
                    sents.append((toks, iob1_to_iob2(tags)))
                    toks, tags = [], []
                continue
            toks.append(parts[0])
            tags.append(parts[-1])
    if toks:
        sents.append((toks, iob1_to_iob2(tags)))
    # Each sentence carries what its document says of its words' case.
    bounds = sorted(set(starts + [0, len(sents)]))
    out = []
    for start, end in zip(bounds, bounds[1:]):
        info = predict.doc_info([toks for toks, _ in sents[start:end]])
        out += [(toks, tags, info) for toks, tags in sents[start:end]]
    return out


def iob1_to_iob2(tags):
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-"):
            typ = t[2:]
            if prev == "O" or prev[2:] != typ:
                t = "B-" + typ
        out.append(t)
        prev = t
    for t in out:
        if t not in LABEL_INDEX:
            raise ValueError("unknown tag %r" % t)
    return out


# ---------------------------------------------------------------- evaluation

def evaluate(sents, tagger):
    """Entity-level (exact span and type) P/R/F1 per type and overall (micro)."""
    tp = {t: 0 for t in TYPES}
    npred = {t: 0 for t in TYPES}
    ngold = {t: 0 for t in TYPES}
    for toks, gold, doc in sents:
        pred = tagger(toks, doc)
        g = set(predict.spans(gold))
        p = set(predict.spans(pred))
        for s in g:
            ngold[s[2]] += 1
        for s in p:
            npred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1

    def prf(a, b, c):
        pr = a / b if b else 0.0
        rc = a / c if c else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return 100 * pr, 100 * rc, 100 * f

    res = {t: prf(tp[t], npred[t], ngold[t]) for t in TYPES}
    res["ALL"] = prf(sum(tp.values()), sum(npred.values()), sum(ngold.values()))
    return res


def format_eval(res):
    lines = ["%-5s  P %6.2f  R %6.2f  F1 %6.2f" % ((t,) + res[t]) for t in TYPES + ["ALL"]]
    return "\n".join(lines)


# ---------------------------------------------------------------- training

def _best(scores, prev):
    # Same rule as predict.best_label, inlined for speed.
    return predict.best_label(scores, prev)


def train(train_sents, dev_sents, max_epochs, seed, log):
    # Precompute label-independent features once.
    data = []
    for toks, gold, doc in train_sents:
        stat = static_features(toks, doc)
        lws = [sanitize(t).lower() for t in toks]
        data.append((stat, lws, [LABEL_INDEX[g] for g in gold]))

    W = {}   # feature -> list of NLABELS ints (current weights)
    U = {}   # feature -> list of NLABELS ints (sum of c * update, for averaging)
    c = 1    # step counter (one step per training token)
    rng = random.Random(seed)
    order = list(range(len(data)))
    best = None
    history = []

    def averaged():
        avg = {}
        for f, w in W.items():
            u = U[f]
            avg[f] = [w[y] - u[y] / c for y in range(NLABELS)]
        return avg

    for epoch in range(1, max_epochs + 1):
        t0 = time.time()
        rng.shuffle(order)
        mistakes = 0
        for si in order:
            stat, lws, gold = data[si]
            prev2, prev = START, START
            for i, sf in enumerate(stat):
                feats = sf + dynamic_features(prev, prev2, lws[i])
                scores = [0] * NLABELS
                for f in feats:
                    v = W.get(f)
                    if v is not None:
                        scores = [a + b for a, b in zip(scores, v)]
                y = _best(scores, prev)
                g = gold[i]
                if y != g:
                    mistakes += 1
                    for f in feats:
                        w = W.get(f)
                        if w is None:
                            w = W[f] = [0] * NLABELS
                            U[f] = [0] * NLABELS
                        u = U[f]
                        w[g] += 1
                        w[y] -= 1
                        u[g] += c
                        u[y] -= c
                c += 1
                prev2, prev = prev, LABELS[y]
        t1 = time.time()
        avg = averaged()
        res = evaluate(dev_sents, lambda toks, doc: predict.tag(toks, avg, doc))
        f1 = res["ALL"][2]
        history.append((epoch, f1))
        log("epoch %d: %d train mistakes, %d features, train %.1fs, dev eval %.1fs, dev F1 %.2f"
            % (epoch, mistakes, len(W), t1 - t0, time.time() - t1, f1))
        if best is None or f1 > best[1]:
            best = (epoch, f1, avg, res)
    return best, history


# ---------------------------------------------------------------- export

def quantize(avg, scale):
    q = {}
    for f, vec in avg.items():
        iv = [int(round(x * scale)) for x in vec]
        if any(iv):
            q[f] = iv
    return q


def feature_line(f, iv):
    return f + "\t" + ",".join("%d:%d" % (y, v) for y, v in enumerate(iv) if v != 0) + "\n"


def header(scale):
    return "labels\t" + "\t".join(LABELS) + "\n" + "scale\t%d\n" % scale


def prune(q, scale, max_bytes):
    """Smallest threshold T on max|int weight| such that the file fits."""
    items = []
    for f, iv in q.items():
        items.append((max(abs(v) for v in iv), len(feature_line(f, iv).encode("utf-8")), f))
    total = len(header(scale).encode("utf-8")) + sum(n for _, n, _ in items)
    if total <= max_bytes:
        return q, 0, total
    items.sort()
    # Remove groups of equal max|w| from the bottom until it fits.
    i = 0
    while total > max_bytes and i < len(items):
        m = items[i][0]
        while i < len(items) and items[i][0] == m:
            total -= items[i][1]
            i += 1
    threshold = items[i][0] if i < len(items) else None
    kept = {f: q[f] for _, _, f in items[i:]}
    return kept, threshold, total


def write_weights(path, q, scale):
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header(scale))
        for f in sorted(q):
            fh.write(feature_line(f, q[f]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--max-epochs", type=int, default=15)
    ap.add_argument("--seed", type=int, default=20031)
    ap.add_argument("--scale", type=int, default=1000)
    ap.add_argument("--max-bytes", type=int, default=2_500_000)
    args = ap.parse_args()

    def log(msg):
        print(msg, flush=True)

    t_start = time.time()
    train_sents = read_conll(args.train)
    dev_sents = read_conll(args.dev)
    log("train: %d sentences, %d tokens; dev: %d sentences, %d tokens"
        % (len(train_sents), sum(len(s[0]) for s in train_sents),
           len(dev_sents), sum(len(s[0]) for s in dev_sents)))

    (epoch, f1, avg, res), history = train(train_sents, dev_sents, args.max_epochs, args.seed, log)
    t_train = time.time() - t_start
    log("best epoch %d (dev F1 %.2f); training+selection %.1fs" % (epoch, f1, t_train))
    log("dev, float averaged weights, unpruned:\n" + format_eval(res))

    q = quantize(avg, args.scale)
    res_q = evaluate(dev_sents, lambda toks, doc: predict.tag(toks, q, doc))
    log("quantized (scale %d), unpruned: %d features, dev F1 %.2f"
        % (args.scale, len(q), res_q["ALL"][2]))

    kept, threshold, size = prune(q, args.scale, args.max_bytes)
    log("pruning: keep features with max|int weight| >= %s: %d of %d features, %d bytes"
        % (threshold, len(kept), len(q), size))
    write_weights(args.out, kept, args.scale)

    loaded, scale = predict.load_weights(args.out)
    assert loaded == kept and scale == args.scale
    res_p = evaluate(dev_sents, lambda toks, doc: predict.tag(toks, loaded, doc))
    log("dev, exported integer weights (%s):\n%s" % (args.out, format_eval(res_p)))
    log("F1 drop from pruning+quantization: %.2f points" % (res["ALL"][2] - res_p["ALL"][2]))
    log("file size %d bytes, %d features; total time %.1fs"
        % (os.path.getsize(args.out), len(loaded), time.time() - t_start))


if __name__ == "__main__":
    main()
