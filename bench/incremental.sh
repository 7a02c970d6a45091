#!/usr/bin/env bash
# Incremental build benchmark: the cost of rebuilding a large site after one article changed.
#
#   bench/incremental.sh [N] [REPEATS]      default: 10000 5
#
# In a fresh temporary folder: generate N articles (bench/GenerateCorpus.java, seed 42), init, import,
# publish, and a first full build. Then REPEATS times: a new revision of one article (a sentence added to
# the body of the corpus's middle article), publish, and `geopress build`, timed two ways: the build time
# the command reports, and the whole command's wall time with JVM start (GNU time, with peak RSS).
# Prints each run, the medians, and a Markdown table row for docs/benchmarks.md.
# Environment: GEOPRESS_JAVA_OPTS, BENCH_SEED, GEOPRESS_BIN, BENCH_KEEP=1, TMPDIR (as bench/core.sh).
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}
seed=${BENCH_SEED:-42}
n=${1:-10000}
repeats=${2:-5}
gnu_time=/usr/bin/time

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*" >&2; }

[[ $n =~ ^[1-9][0-9]*$ ]] || die "not a number of articles: $n"
[[ $repeats =~ ^[1-9][0-9]*$ ]] || die "not a number of repeats: $repeats"
"$gnu_time" -v true 2>/dev/null || die "GNU time not found at $gnu_time (Debian package: apt-get install time)"
command -v python3 >/dev/null || die "python3 not found"

say "== building geopress if needed"
"$geopress" --help >/dev/null || die "bin/geopress --help failed"

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-incremental-$n.XXXXXX")
site="$work/site"
corpus="$work/corpus.jsonl"
java "$repo/bench/GenerateCorpus.java" "$n" "$corpus" "$seed"
"$geopress" init "$site" >/dev/null
"$geopress" --site "$site" import "$corpus" >/dev/null 2>"$work/import.err" || { tail "$work/import.err" >&2; die "import failed"; }
"$geopress" --site "$site" publish --all >/dev/null 2>&1 || die "publish failed"
say "== full build of $n articles"
"$geopress" --site "$site" build 2>"$work/full.err" || { tail "$work/full.err" >&2; die "full build failed"; }
full=$(grep -o 'in [0-9.]* s' "$work/full.err" | tail -n 1 | awk '{ print $2 }')
say "   full build: $full s"

middle=$(( (n + 1) / 2 ))
sed -n "${middle}p" "$corpus" > "$work/article.jsonl"
reported=()
walls=()
peak=0
for run in $(seq 1 "$repeats"); do
    python3 - "$work/article.jsonl" "$run" > "$work/changed.jsonl" <<'EOF'
import json, sys
article = json.loads(open(sys.argv[1], encoding="utf-8").read())
run = sys.argv[2]
article["body"] += f"\n\n第{run}次修订:补充了一句说明。\n\nRevision {run}: one sentence added."
print(json.dumps(article, ensure_ascii=False))
EOF
    "$geopress" --site "$site" import "$work/changed.jsonl" >/dev/null 2>&1 || die "import of the changed article failed"
    "$geopress" --site "$site" publish --all >/dev/null 2>&1 || die "publish failed"
    "$gnu_time" -v -o "$work/run.time" "$geopress" --site "$site" build 2>"$work/run.err" \
        || { tail "$work/run.err" >&2; die "incremental build failed"; }
    line=$(grep '^built ' "$work/run.err")
    seconds=$(grep -o 'in [0-9.]* s' <<<"$line" | awk '{ print $2 }')
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$work/run.time")
    rss=$(( $(awk -F': ' '/Maximum resident set size/ { print $NF }' "$work/run.time") / 1024 ))
    (( rss > peak )) && peak=$rss
    say "   run $run: build $seconds s, command $wall s, peak RSS $rss MiB — $line"
    reported+=("$seconds")
    walls+=("$wall")
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
build_median=$(median "${reported[@]}")
wall_median=$(median "${walls[@]}")

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
[[ -n $(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null | head -n 1) ]] && commit="$commit (with uncommitted changes)"
echo ""
echo "Command: bench/incremental.sh $n $repeats${GEOPRESS_JAVA_OPTS:+ (GEOPRESS_JAVA_OPTS='$GEOPRESS_JAVA_OPTS')}"
echo "Commit: $commit; $(java -version 2>&1 | head -n 1); $(nproc) cores; $(date -u +%Y-%m-%d)"
echo ""
echo "| articles | full build s | one-article rebuild, build s (median of $repeats) | whole command s (median) | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|"
echo "| $n | $full | $build_median | $wall_median | $peak |"

if [[ ${BENCH_KEEP:-0} == 1 ]]; then say "kept $work"; else rm -rf -- "$work"; fi
