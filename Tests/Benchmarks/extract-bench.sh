#!/usr/bin/env bash
# Extraction speed: every BBC article through `briefing extract --json`, release build, wall time and peak
# memory, median of RUNS runs (default 3). Prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-3}
corpus=../shared/corpus/bbc
[ -d "$corpus" ] || { echo "skipped: $corpus is not here"; exit 0; }
if [ ! -x /usr/bin/time ]; then
  echo "Installing time with apt-get"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time
fi
swift build -c release --product briefing >/dev/null 2>&1
# The category folders are passed as they are: `briefing extract` lists them itself, in name order, and
# 2,225 paths on the command line would measure the argument parser rather than extraction.
mapfile -t folders < <(find "$corpus" -mindepth 1 -maxdepth 1 -type d ! -name '[._]*' | sort)
# Counted as `extract` lists a folder: .txt, .md and .markdown files, no name starting with "_" or ".".
count=$(find "${folders[@]}" \( -name '[._]*' -prune \) -o -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' \) -print | wc -l)
times=()
peak=0
for _ in $(seq "$runs"); do
  out=$( { /usr/bin/time -f "%e %M" .build/release/briefing extract --json "${folders[@]}" >/dev/null; } 2>&1 | tail -1)
  times+=("${out% *}")
  rss=${out#* }
  [ "$rss" -gt "$peak" ] && peak=$rss
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "| articles | median wall (s) | peak RSS (MB) | runs |"
echo "|---:|---:|---:|---:|"
echo "| $count | $median | $((peak / 1024)) | $runs |"
