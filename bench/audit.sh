#!/usr/bin/env bash
# Audit benchmark: `geopress audit --json` over N generated articles, as drafts (no build) and after a build.
#
#   bench/audit.sh [N]      default: 1000
#
# In a fresh temporary folder: generate N articles (bench/GenerateCorpus.java, seed 42), init, import, audit them
# as drafts, then publish, build and audit again. Prints, for each audit: wall seconds (JVM start included),
# articles per second, peak RSS, and the site's score.
# Environment: GEOPRESS_BIN, BENCH_SEED, BENCH_KEEP=1 (keep the folder), TMPDIR.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}
n=${1:-1000}
seed=${BENCH_SEED:-42}

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
[[ $n =~ ^[1-9][0-9]*$ ]] || die "not a number of articles: $n"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (Debian package time)"
"$geopress" --help >/dev/null || die "bin/geopress --help failed"

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-audit-$n.XXXXXX")
cleanup() { [[ ${BENCH_KEEP:-} == 1 ]] && echo "kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

java "$repo/bench/GenerateCorpus.java" "$n" "$work/corpus.jsonl" "$seed" >&2
site="$work/site"
"$geopress" init "$site" >/dev/null
"$geopress" --site "$site" import "$work/corpus.jsonl" >/dev/null 2>"$work/import.err" || { tail "$work/import.err" >&2; die "import failed"; }

echo "| audit | articles | wall s | articles/s | peak RSS MB | site score |"
echo "|---|---:|---:|---:|---:|---:|"
audit() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$geopress" --site "$site" audit --json > "$work/audit.jsonl" 2>"$work/audit.err" \
        || { tail "$work/audit.err" >&2; die "audit failed"; }
    read -r wall rss < "$work/time"
    score=$(tail -1 "$work/audit.jsonl" | python3 -c 'import json, sys; print(json.load(sys.stdin)["score"])')
    printf '| %s | %d | %.2f | %.0f | %.0f | %s |\n' "$1" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$score"
}
audit "drafts, no build"
"$geopress" --site "$site" publish --all >/dev/null 2>&1 || die "publish failed"
"$geopress" --site "$site" build >/dev/null 2>&1 || die "build failed"
audit "published, built"
