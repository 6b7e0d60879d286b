#!/usr/bin/env python3
"""Writes a site of N articles for the preview benchmarks, built from the BBC corpus.

The texts stay outside the repository: the site goes to a scratch folder given on the command line.
Titles and dates vary so that every article gets its own page and the index spans many months.
"""
import argparse
import datetime
import os
import shutil
import sys


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", required=True, help="the BBC corpus folder (category/NNN.txt)")
    parser.add_argument("--templates", required=True, help="the Templates folder to copy")
    parser.add_argument("--out", required=True, help="the site folder to create (replaced if it exists)")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()

    sources = []
    for category in sorted(os.listdir(args.corpus)):
        folder = os.path.join(args.corpus, category)
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                sources.append((category, os.path.join(folder, name)))
    if not sources:
        print(f"no articles under {args.corpus}", file=sys.stderr)
        return 1

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    content = os.path.join(args.out, "content")
    os.makedirs(content)
    shutil.copytree(args.templates, os.path.join(args.out, "Templates"))
    with open(os.path.join(content, "_config.yaml"), "w", encoding="utf-8") as f:
        f.write('title: Benchmark briefings\ndescription: A generated site for benchmarks.\nlanguage: en\n')

    start = datetime.date(2004, 1, 1)
    for i in range(args.count):
        # Cycle through the corpus; a second pass gets different titles and dates, so no two pages collide.
        category, path = sources[(i * 7) % len(sources)]
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        title = lines[0].strip() or f"Story {i}"
        body = "\n".join(lines[1:]).strip()
        date = start + datetime.timedelta(days=(i * 37) % 730)
        front = (
            "---\n"
            f'title: "{title.replace(chr(34), chr(39))} ({i + 1})"\n'
            f"date: {date.isoformat()}\n"
            "source: BBC\n"
            f"tags: [{category}]\n"
            f"slug: story-{i + 1:04d}\n"
            "---\n\n"
        )
        with open(os.path.join(content, f"story-{i + 1:04d}.md"), "w", encoding="utf-8") as f:
            f.write(front + body + "\n")
    print(f"wrote {args.count} articles to {content}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
