#!/usr/bin/env bash
# Main-content extraction benchmark: imports each of the 181 pages of the article-extraction benchmark (and our
# Chinese fixtures) through the real ingest path and scores the bodies with the benchmark's shingle metric
# (bench/ExtractionBench.java; the scorer is src/test/java/io/geopress/extraction, shared with
# ExtractionBenchmarkTest).
#
#   bench/extraction.sh [BENCHMARK_DIR]     default: ../shared/data/article-extraction-benchmark
#
# Builds target/geopress.jar first if needed (through bin/geopress). Environment: GEOPRESS_JAVA_OPTS, TMPDIR,
# BENCH_KEEP=1 to keep the temporary folder (each page's imported copy).
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
data=${1:-$repo/../shared/data/article-extraction-benchmark}
[[ -f $data/ground-truth.json ]] || { echo "bench: no ground-truth.json in $data" >&2; exit 1; }

"$repo/bin/geopress" --help >/dev/null # builds the jar when it is missing or stale
work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-extraction-bench.XXXXXX")
[[ ${BENCH_KEEP:-} == 1 ]] || trap 'rm -rf -- "$work"' EXIT
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc)" >&2
cp="$repo/target/geopress.jar:$repo/target/lib/*"
javac -nowarn -d "$work/scorer" -cp "$cp" "$repo"/src/test/java/io/geopress/extraction/*.java
# shellcheck disable=SC2086 # options are split on spaces, as bin/geopress does
java ${GEOPRESS_JAVA_OPTS:-} -cp "$cp:$work/scorer" "$repo/bench/ExtractionBench.java" \
    "$data" "$repo/src/test/resources/extraction/zh" "$work"
