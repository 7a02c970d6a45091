#!/usr/bin/env bash
# Core benchmark: import + publish + build of N generated bilingual articles (~20 KB each).
#
#   bench/core.sh [N ...]          default: 1000 10000
#
# For each N, in a fresh temporary folder: generate the corpus (bench/GenerateCorpus.java,
# seed 42), `geopress init SITE`, then time each step with GNU time (Debian package
# `time`): import, publish --all, build. Prints wall seconds, pages/s and peak RSS per
# step, then one Markdown table row per N for docs/benchmarks.md and the command line.
# Environment: GEOPRESS_JAVA_OPTS (passed to the JVM), BENCH_SEED (default 42),
# GEOPRESS_BIN (another launcher than bin/geopress), BENCH_RICH=IMAGES (a rich corpus: two links, one
# local 1600 px image out of IMAGES distinct ones, one table per article; see GenerateCorpus.java),
# BENCH_KEEP=1 keeps the temporary folders (a failed run always keeps its own),
# TMPDIR chooses where they go.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}
seed=${BENCH_SEED:-42}
gnu_time=/usr/bin/time

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
say() { printf '%s\n' "$*" >&2; }

if [[ ! -x $gnu_time ]] || ! "$gnu_time" -v true 2>/dev/null; then
    die "GNU time not found at $gnu_time (Debian package: apt-get install time)"
fi
command -v java >/dev/null || die "java not found"

sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
for n in "${sizes[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "not a number of articles: $n"
done

command_line="bench/core.sh ${*:-}"
command_line=${command_line% }
[[ -n ${GEOPRESS_JAVA_OPTS:-} ]] && command_line="GEOPRESS_JAVA_OPTS='$GEOPRESS_JAVA_OPTS' $command_line"
[[ $seed != 42 ]] && command_line="BENCH_SEED=$seed $command_line"
[[ -n ${BENCH_RICH:-} ]] && command_line="BENCH_RICH=$BENCH_RICH $command_line"
[[ -n ${GEOPRESS_BIN:-} ]] && command_line="GEOPRESS_BIN=$GEOPRESS_BIN $command_line"

# Build the jar (if needed) before any clock starts.
say "== building geopress if needed"
"$geopress" --help >/dev/null || die "bin/geopress --help failed"

# time -v prints "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34"
wall_seconds() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($NF, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f", s }' "$1"
}
peak_kib() { awk -F': ' '/Maximum resident set size/ { print $NF }' "$1"; }

# run_step NAME LOG_PREFIX COMMAND...: runs under GNU time, sets step_wall and step_rss_mib
run_step() {
    local name=$1 prefix=$2
    shift 2
    say "-- $name: $*"
    if ! "$gnu_time" -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err"; then
        tail -n 20 "$prefix.err" >&2
        die "$name failed (output above; its logs are kept in $(dirname "$prefix"))"
    fi
    step_wall=$(wall_seconds "$prefix.time")
    step_rss_mib=$(( $(peak_kib "$prefix.time") / 1024 ))
    say "   wall ${step_wall} s, peak RSS ${step_rss_mib} MiB"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a + b }'; }
max() { if (( $1 > $2 )); then echo "$1"; else echo "$2"; fi; }

rows=()
for n in "${sizes[@]}"; do
    work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-bench-$n.XXXXXX")
    site="$work/site"
    corpus="$work/corpus.jsonl"
    say ""
    say "== N=$n in $work"
    java "$repo/bench/GenerateCorpus.java" "$n" "$corpus" "$seed" ${BENCH_RICH:+--rich "$BENCH_RICH"}
    corpus_mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.0f", b / 1e6 }')
    (cd "$work" && "$geopress" init "$site" >"$work/init.out" 2>"$work/init.err") \
        || { tail -n 20 "$work/init.err" >&2; die "geopress init failed (logs kept in $work)"; }

    cd "$work"
    run_step import "$work/import" "$geopress" --site "$site" import "$corpus"
    import_wall=$step_wall; peak=$step_rss_mib
    run_step publish "$work/publish" "$geopress" --site "$site" publish --all
    publish_wall=$step_wall; peak=$(max "$peak" "$step_rss_mib")
    run_step build "$work/build" "$geopress" --site "$site" build
    build_wall=$step_wall; peak=$(max "$peak" "$step_rss_mib")
    cd "$repo"

    [[ -d $site/public ]] || die "build wrote no $site/public"
    html_files=$(find "$site/public/" -name '*.html' | wc -l)
    total_wall=$(sum "$(sum "$import_wall" "$publish_wall")" "$build_wall")
    import_rate=$(ratio "$n" "$import_wall")
    build_rate=$(ratio "$n" "$build_wall")
    say "   N=$n: import $import_wall s ($import_rate pages/s), publish $publish_wall s," \
        "build $build_wall s ($build_rate pages/s, $html_files HTML files), total $total_wall s, peak RSS $peak MiB"
    rows+=("| $n | $corpus_mb | $import_wall | $import_rate | $publish_wall | $build_wall | $build_rate | $total_wall | $peak |")

    if [[ ${BENCH_KEEP:-0} == 1 ]]; then
        say "   kept $work"
    else
        rm -rf -- "$work"
    fi
done

commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null | head -n 1)
[[ -n $dirty ]] && commit="$commit (with uncommitted changes)"
java_version=$(java -version 2>&1 | head -n 1)
memory=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)

echo ""
echo "Command: $command_line"
echo "Commit: $commit; $java_version; $(nproc) cores, $memory; $(date -u +%Y-%m-%d)"
echo ""
echo "| articles | corpus MB | import s | import pages/s | publish s | build s | build pages/s | total s | peak RSS MiB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
