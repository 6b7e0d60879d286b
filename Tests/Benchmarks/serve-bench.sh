#!/usr/bin/env bash
# Benchmarks `briefing serve` on a generated site of 1,000 articles (not a test: it prints figures).
#   1. From saving a changed article to the live-reload event: median of 20 edits.
#   2. Load: wrk, 64 connections for 10 s on one briefing page, on 127.0.0.1.
# The site is written to a scratch folder outside the repository from the BBC corpus
# (BRIEFING_CORPUS, by default shared/corpus/bbc beside the repository); its texts never enter the repo.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${BRIEFING_CORPUS:-$repo/../shared/corpus/bbc}"
count="${BENCH_ARTICLES:-1000}"
edits="${BENCH_EDITS:-20}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/briefing-serve-bench.XXXXXX")"
results="$repo/bench-results"
log="$scratch/serve.log"
server=""

cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -INT "$server"; wait "$server" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

if [ ! -d "$corpus" ]; then
  echo "error: no corpus at $corpus; set BRIEFING_CORPUS to the BBC corpus folder" >&2
  exit 1
fi
if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk with apt-get"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

cd "$repo"
echo "Building briefing in release mode"
swift build -c release --product briefing >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log" >&2; exit 1; }
briefing="$repo/.build/release/briefing"

python3 "$repo/Tests/Benchmarks/make_bench_site.py" --corpus "$corpus" --templates "$repo/Templates" --out "$scratch/site" --count "$count"

"$briefing" serve --root "$scratch/site" --port 0 >"$log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 600); do
  url="$(sed -n 's/^Serving \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)"
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "error: briefing serve stopped" >&2; exit 1; }
  sleep 1
done
[ -n "$url" ] || { cat "$log" >&2; echo "error: briefing serve did not start within 600 s" >&2; exit 1; }
port="$(echo "$url" | sed 's|http://127.0.0.1:\([0-9]*\)/.*|\1|')"
grep -E '^(Serving|Watching|Built)' "$log"

mkdir -p "$results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
out="$results/serve-$stamp.txt"
{
  echo "briefing serve benchmark, $stamp, $count articles, $(nproc) cores"
  echo
  echo "== Save to reload event, $edits edits =="
  python3 "$repo/Tests/Benchmarks/reload_latency.py" --port "$port" --site "$scratch/site" --edits "$edits"
  echo
  echo "== wrk -t2 -c64 -d10s ${url}briefings/story-0500/ =="
  wrk -t2 -c64 -d10s --latency "${url}briefings/story-0500/"
} | tee "$out"

kill -INT "$server"
stopped=no
for _ in $(seq 1 100); do
  if ! kill -0 "$server" 2>/dev/null; then stopped=yes; break; fi
  sleep 0.1
done
wait "$server" 2>/dev/null && status=0 || status=$?
server=""
echo "Ctrl-C: stopped within 10 s: $stopped (exit status $status)" | tee -a "$out"

requests="$(sed -n 's/^Requests\/sec: *//p' "$out")"
p99="$(awk '/Latency Distribution/{f=1} f && $1=="99%"{print $2; exit}' "$out")"
errors="$(sed -n 's/^ *Socket errors: *//p; s/^ *Non-2xx or 3xx responses: *//p' "$out")"
median="$(sed -n 's/.*median \([0-9.]* ms\).*/\1/p' "$out")"
echo
echo "Summary: reload median $median; wrk $requests requests/s, p99 $p99, errors: ${errors:-none}"
echo "Written to $out"
