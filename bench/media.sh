#!/usr/bin/env bash
# Media store benchmark: capturing N local images of 1600 px (with their 480 and 960 px copies), capturing them
# again, and linking the store into a build (bench/MediaBench.java).
#
#   bench/media.sh [N]      default: 100
#
# Builds target/geopress.jar first if needed (through bin/geopress). Environment: GEOPRESS_JAVA_OPTS, TMPDIR,
# BENCH_KEEP=1 to keep the temporary folder.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
n=${1:-100}
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench: not a number of images: $n" >&2; exit 1; }

"$repo/bin/geopress" --help >/dev/null # builds the jar when it is missing or stale
work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-media-bench.XXXXXX")
[[ ${BENCH_KEEP:-} == 1 ]] || trap 'rm -rf -- "$work"' EXIT
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc)" >&2
# shellcheck disable=SC2086 # options are split on spaces, as bin/geopress does
java ${GEOPRESS_JAVA_OPTS:-} -cp "$repo/target/geopress.jar:$repo/target/lib/*" "$repo/bench/MediaBench.java" "$n" "$work"
