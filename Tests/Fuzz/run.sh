#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs each for FUZZ_SECONDS (default 600). A crash leaves its
# input in Tests/Fuzz/Artifacts/; turn it into a regression test before fixing it. FUZZ_TARGETS picks targets.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-600}
mkdir -p .deps && ln -sfn ../../.. .deps/briefing
swift build -c debug --sanitize fuzzer --sanitize address
mkdir -p Artifacts Work
for target in ${FUZZ_TARGETS:-FuzzFrontMatter FuzzExtractor FuzzMarkdown}; do
  mkdir -p "Work/$target"
  cp Corpus/* "Work/$target/" 2>/dev/null || true
  cp ../../content/*.txt "Work/$target/" 2>/dev/null || true
  echo "== $target for ${seconds}s"
  ".build/debug/$target" "Work/$target" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="Artifacts/$target-" -print_final_stats=1 2>&1 | tail -15
done
