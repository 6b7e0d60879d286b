#!/usr/bin/env python3
"""Writes a benchmark content folder of N articles made from the BBC texts in ../shared/corpus/bbc:
titles, slugs and dates vary, the article text is untouched. The folder is scratch, outside the repository.

usage: make-corpus.py N OUT_DIR [--corpus DIR]
"""
import argparse, datetime, glob, os

ap = argparse.ArgumentParser()
ap.add_argument("count", type=int)
ap.add_argument("out")
ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "bbc"))
args = ap.parse_args()

files = sorted(glob.glob(os.path.join(args.corpus, "*", "*.txt")))
if not files:
    raise SystemExit(f"no BBC texts under {args.corpus}")
texts = [open(f, encoding="utf-8", errors="replace").read() for f in files]
os.makedirs(args.out, exist_ok=True)
start = datetime.date(2004, 1, 1)
for i in range(args.count):
    text = texts[i % len(texts)]
    lines = text.strip().split("\n", 1)
    title = lines[0].strip() + (f" ({i // len(texts) + 1})" if i >= len(texts) else "")
    body = lines[1] if len(lines) > 1 else ""
    date = start + datetime.timedelta(days=i % 3650)
    with open(os.path.join(args.out, f"a{i:06d}.txt"), "w", encoding="utf-8") as out:
        out.write("---\ntitle: " + '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"\n')
        out.write(f"date: {date.isoformat()}\n---\n{body.strip()}\n")
print(f"{args.count} articles in {args.out}")
