#!/usr/bin/env bash
# Enrichment benchmark: N Chinese-only articles enriched through a fake OpenAI-compatible model that answers
# every request after DELAY ms.
#
#   bench/enrich.sh [N] [DELAY_MS] [CONCURRENCY]      default: 500 200 8
#
# In a fresh temporary folder: generate N articles (bench/GenerateCorpus.java, seed 42) and keep only their
# Chinese (title, source and body; no summary, FAQ or tags), init, import, then start the fake model
# (src/test/java/io/geopress/enrich/BenchModelServer.java: the scripted replies of the enrichment tests) and run
# `geopress enrich --all` twice with `llm.concurrency` = CONCURRENCY. Prints, for each run: wall seconds,
# articles per minute, model calls, peak concurrent requests the fake saw, calls and tokens per article; the
# second run should make no call (every reply comes from the response cache).
# Environment: GEOPRESS_BIN, BENCH_SEED, BENCH_KEEP=1 (keep the folder), TMPDIR.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}
n=${1:-500}
delay=${2:-200}
concurrency=${3:-8}
seed=${BENCH_SEED:-42}

die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
[[ $n =~ ^[1-9][0-9]*$ ]] || die "not a number of articles: $n"
[[ $delay =~ ^[0-9]+$ ]] || die "not a delay in ms: $delay"
[[ $concurrency =~ ^[1-9][0-9]*$ ]] || die "not a concurrency: $concurrency"
command -v python3 >/dev/null || die "python3 not found"
command -v curl >/dev/null || die "curl not found"

"$geopress" --help >/dev/null || die "bin/geopress --help failed"
(cd "$repo" && mvn -q -B -DskipTests test-compile) || die "mvn test-compile failed"

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-enrich-$n.XXXXXX")
server=
cleanup() {
    [[ -n $server ]] && kill "$server" 2>/dev/null || true
    [[ ${BENCH_KEEP:-} == 1 ]] && echo "kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

java "$repo/bench/GenerateCorpus.java" "$n" "$work/corpus.jsonl" "$seed" >&2
python3 - "$work/corpus.jsonl" > "$work/chinese.jsonl" <<'PY'
import json, re, sys
han = re.compile(r"[\u4e00-\u9fff]")
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    for key in ("title_en", "summary_en", "summary_zh", "faq", "tags", "source_en"):
        a.pop(key, None)
    lines = [l for l in a["body"].split("\n") if not l.strip() or han.search(l)]
    a["body"] = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    print(json.dumps(a, ensure_ascii=False))
PY

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -cp "$repo/target/test-classes:$repo/target/classes:$repo/target/lib/*" io.geopress.enrich.BenchModelServer \
    "$port" "$delay" > "$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/stats" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/stats" >/dev/null || { cat "$work/server.log" >&2; die "the fake model did not start"; }

site="$work/site"
"$geopress" init "$site" >/dev/null
cat >> "$site/geopress.yml" <<YML

llm:
  base_url: http://127.0.0.1:$port/v1
  model: bench-model
  concurrency: $concurrency
  prices: {input: 2, output: 8}
YML
"$geopress" --site "$site" import "$work/chinese.jsonl" >/dev/null 2>"$work/import.err" || { tail "$work/import.err" >&2; die "import failed"; }

stat() { curl -sf "http://127.0.0.1:$port/stats" | python3 -c "import json, sys; print(json.load(sys.stdin)['$1'])"; }
echo "| run | wall s | articles/min | model calls | peak concurrent requests | calls/article | tokens in/article | tokens out/article |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for run in 1 2; do
    calls0=$(stat calls) in0=$(stat prompt_tokens) out0=$(stat completion_tokens)
    start=$(date +%s.%N)
    "$geopress" --site "$site" enrich --all >/dev/null 2>"$work/enrich-$run.err" || { tail "$work/enrich-$run.err" >&2; die "enrich run $run failed"; }
    end=$(date +%s.%N)
    calls=$(( $(stat calls) - calls0 )) in=$(( $(stat prompt_tokens) - in0 )) out=$(( $(stat completion_tokens) - out0 ))
    awk -v r="$run" -v n="$n" -v s="$start" -v e="$end" -v c="$calls" -v p="$(stat peak_concurrency)" -v i="$in" -v o="$out" 'BEGIN {
        w = e - s; printf "| %d | %.1f | %.0f | %d | %d | %.1f | %.0f | %.0f |\n", r, w, n / w * 60, c, p, c / n, i / n, o / n }'
done
echo
grep -E '^enrich: [0-9]+ enriched|model call' "$work/enrich-1.err" | sed 's/^/run 1: /'
grep -E '^enrich: [0-9]+ enriched|model call' "$work/enrich-2.err" | sed 's/^/run 2: /'
echo "Command: bench/enrich.sh $n $delay $concurrency; commit $(git -C "$repo" rev-parse --short HEAD)"
