#!/usr/bin/env python3
"""Site build benchmark: Briefing against Hugo on the same number of pages (not a test: it prints figures).

For each size (BENCH_SIZES, default "10000"; add 100000 for the scaling figure) it writes a content
folder of that many articles made from the BBC texts (titles, slugs and dates vary, the text is
untouched) into a scratch folder outside the repository, then measures, each as the median of
BENCH_RUNS runs (default 3) with wall time and peak RSS from /usr/bin/time -v:

  - a full `briefing build` (release), from a clean output folder;
  - a rebuild with nothing changed;
  - a rebuild after one article changed;
  - a rebuild after a template changed;
  - `hugo` building the Markdown briefing pages that Briefing wrote, under a minimal layout.

The Markdown table goes to stdout and to bench-results/site-<date>.md.

Old output folders are moved aside, not deleted, until every run is over. On an ext4 file system without a
journal the kernel will not hand out an inode freed in the last minutes without first looking past every
other recently freed one, so a build that starts right after `rm -rf public` pays for the deletion of the
previous output, in proportion to how many files it had: that measures the benchmark's own clean-up, not
the tool. Both tools are measured this way.
"""
import datetime, os, re, shutil, statistics, subprocess, sys, tempfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.environ.get("BRIEFING_CORPUS", os.path.join(REPO, "..", "shared", "corpus", "bbc"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "10000").split()]
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
BRIEFING = os.path.join(REPO, ".build", "release", "briefing")

HUGO_CONFIG = """baseURL = "https://example.org/"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_SINGLE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""
HUGO_LIST = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
"""


def timed(cmd, cwd):
    """Runs a command under /usr/bin/time -v; returns (wall seconds, peak RSS in MB)."""
    proc = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"failed: {' '.join(cmd)} in {cwd}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    return seconds, int(rss.group(1)) / 1024


class Trash:
    """Folders set aside during the runs and deleted once all measuring is done (see the module's note)."""

    def __init__(self, scratch):
        self.folder = os.path.join(scratch, "trash")
        self.count = 0

    def discard(self, path):
        if os.path.lexists(path):
            os.makedirs(self.folder, exist_ok=True)
            self.count += 1
            os.rename(path, os.path.join(self.folder, str(self.count)))


def median_of(runs, prepare, cmd, cwd):
    results = []
    for _ in range(runs):
        prepare()
        results.append(timed(cmd, cwd))
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def ensure_tools():
    if not os.path.isdir(CORPUS):
        raise SystemExit(f"skipped: no BBC corpus at {CORPUS} (set BRIEFING_CORPUS)")
    missing = [package for package, tool in (("hugo", "hugo"), ("time", "/usr/bin/time")) if shutil.which(tool) is None]
    if missing:
        print(f"Installing {' '.join(missing)} with apt-get", file=sys.stderr)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True, env=env)
    subprocess.run(["swift", "build", "-c", "release", "--product", "briefing"], cwd=REPO, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def bench_size(n, scratch, trash):
    site = os.path.join(scratch, f"site-{n}")
    subprocess.run([sys.executable, os.path.join(REPO, "Tests", "Benchmarks", "make-corpus.py"), str(n), os.path.join(site, "content"),
                    "--corpus", CORPUS], check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(site, "Templates"))
    build = [BRIEFING, "build"]

    def clean():
        for folder in ("public", ".public-standby", ".briefing-cache"):
            trash.discard(os.path.join(site, folder))

    rows = {}
    rows["full build"] = median_of(RUNS, clean, build, site)
    rows["rebuild, nothing changed"] = median_of(RUNS, lambda: None, build, site)

    article = os.path.join(site, "content", "a000000.txt")
    edits = [0]

    def change_article():
        edits[0] += 1
        with open(article, "a", encoding="utf-8") as f:
            f.write(f"\nThe company said on Monday that it would publish its figures again ({edits[0]}).\n")

    rows["rebuild, one article changed"] = median_of(RUNS, change_article, build, site)
    template = os.path.join(site, "Templates", "briefing.mustache")

    def change_template():
        edits[0] += 1
        with open(template, "a", encoding="utf-8") as f:
            f.write(f"{{{{! edit {edits[0]} }}}}\n")

    rows["rebuild, template changed"] = median_of(RUNS, change_template, build, site)

    # Hugo builds the same briefing pages, from the Markdown Briefing wrote.
    hugo = os.path.join(scratch, f"hugo-{n}")
    pages = os.path.join(hugo, "content", "briefings")
    os.makedirs(pages)
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    briefings = os.path.join(site, "public", "briefings")
    count = 0
    for slug in sorted(os.listdir(briefings)):
        source = os.path.join(briefings, slug, "index.md")
        if os.path.exists(source):
            shutil.copyfile(source, os.path.join(pages, slug + ".md"))
            count += 1
    with open(os.path.join(hugo, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    with open(os.path.join(hugo, "layouts", "_default", "single.html"), "w") as f:
        f.write(HUGO_SINGLE)
    with open(os.path.join(hugo, "layouts", "_default", "list.html"), "w") as f:
        f.write(HUGO_LIST)

    def clean_hugo():
        for folder in ("public", "resources"):
            trash.discard(os.path.join(hugo, folder))

    rows["hugo, same Markdown pages"] = median_of(RUNS, clean_hugo, ["hugo", "--quiet"], hugo)
    trash.discard(hugo)
    trash.discard(site)
    return rows, count


def main():
    ensure_tools()
    scratch = tempfile.mkdtemp(prefix="briefing-site-bench.")
    trash = Trash(scratch)
    version = " ".join(subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split(" ")[:2])
    lines = [f"Site build benchmark, {datetime.date.today().isoformat()}, {os.cpu_count()} cores, median of {RUNS} runs; {version}.", ""]
    lines += ["| articles | measure | wall (s) | peak RSS (MB) | Briefing / Hugo |", "|---:|---|---:|---:|---:|"]
    full = {}
    try:
        for n in SIZES:
            rows, pages = bench_size(n, scratch, trash)
            hugo_time = rows["hugo, same Markdown pages"][0]
            full[n] = rows["full build"][0]
            for name, (wall, rss) in rows.items():
                ratio = "" if name.startswith("hugo") else f"{wall / hugo_time:.2f}×"
                lines.append(f"| {n:,} | {name} | {wall:.2f} | {rss:.0f} | {ratio} |")
            for name in ("rebuild, nothing changed", "rebuild, one article changed"):
                lines.append(f"| {n:,} | {name}, share of the full build | {rows[name][0] / full[n] * 100:.0f}% | | |")
            lines.append(f"| {n:,} | Hugo pages built from Briefing's Markdown | {pages:,} | | |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    sizes = sorted(full)
    for small, large in zip(sizes, sizes[1:]):
        lines.append(f"| {small:,} → {large:,} | full-build time ratio ({large // small}× the articles) | {full[large] / full[small]:.1f} | | |")
    text = "\n".join(lines) + "\n"
    print(text)
    out = os.path.join(REPO, "bench-results")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"site-{datetime.date.today().isoformat()}.md"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
