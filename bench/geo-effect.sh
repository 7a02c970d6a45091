#!/usr/bin/env bash
# The effect of GEO optimisation on the simulated engine: our 24 fictional articles (bench/geo-corpus/ours) and 24
# competitors on 4 domains, 60 queries; simulate, optimise every article with structure, faq and bluf, simulate
# again, compare the two runs query by query (paired bootstrap interval). Offline engine unless ENGINE=model.
#
#   bench/geo-effect.sh [REPORT.html]       ENGINE=offline|model (default offline)
#
# Builds target/geopress.jar first if needed (through bin/geopress). Prints both runs' site tables and the comparison.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
corpus=$repo/bench/geo-corpus
engine=${ENGINE:-offline}
report=${1:-}
geopress() { "$repo/bin/geopress" "$@"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-geo-effect.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
site=$work/site
geopress init "$site" >/dev/null
geopress --site "$site" import "$corpus/ours" 2>&1 | tail -n 1
simulate() {
    geopress --site "$site" simulate --queries "$corpus/queries.jsonl" --competitors "$corpus/competitors.jsonl" \
        --engine "$engine" 2>/dev/null | sed -n '/^site /,$p'
}
echo "== before"
simulate | tee "$work/before.txt"
slugs=$(geopress --site "$site" list 2>/dev/null | awk '{print $3}')
for method in structure faq bluf; do
    # shellcheck disable=SC2086 # one argument per slug
    geopress --site "$site" optimize --method "$method" $( [[ $engine == offline ]] && echo --offline ) $slugs 2>&1 | tail -n 1
done
echo "== after structure, faq, bluf"
simulate | tee "$work/after.txt"
before=$(awk '/^run /{print $2}' "$work/before.txt")
after=$(awk '/^run /{print $2}' "$work/after.txt")
echo "== compare run $before → run $after"
geopress --site "$site" simulate --compare "$before" "$after" ${report:+--html "$report"} | tail -n 8
