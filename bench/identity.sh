#!/usr/bin/env bash
# Identity at scale: a generated Hugo content folder of N articles in which about 7% share their title, source name
# and source URL with another file (a daily column, a syndicated story) imports as N articles, and again as no change.
#
#   bench/identity.sh [N]          default: 10000
#
# The corpus comes from bench/GenerateCorpus.java (seed 42), written as content/posts/NNNNN.md by
# bench/jsonl_to_hugo.py; every 14th file then takes the title and source of the file before it. Prints the two
# import summaries, their wall times, and the number of articles in the store; exits non-zero when a page is lost
# or the second import changes anything.
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
n=${1:-10000}
[[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench: not a number of articles: $n" >&2; exit 1; }
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-identity.XXXXXX")
trap 'rm -rf -- "$work"' EXIT
"$geopress" --help >/dev/null
java "$repo/bench/GenerateCorpus.java" "$n" "$work/corpus.jsonl" 42 >&2
/usr/bin/python3 "$repo/bench/jsonl_to_hugo.py" "$work/corpus.jsonl" "$work/hugo/content"
shared=$(/usr/bin/python3 - "$work/hugo/content/posts" <<'PY'
import json, os, sys
posts = sys.argv[1]
names = sorted(os.listdir(posts))
shared = 0
for i in range(13, len(names), 14):
    def read(name):
        text = open(os.path.join(posts, name), encoding="utf-8").read()
        meta, body = text.split("\n\n", 1)
        return json.loads(meta), body
    before, _ = read(names[i - 1])
    meta, body = read(names[i])
    for key in ("title", "title_en", "source", "source_en", "source_url", "source_title"):
        if key in before: meta[key] = before[key]
    with open(os.path.join(posts, names[i]), "w", encoding="utf-8") as out:
        out.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n\n" + body)
    shared += 1
print(shared)
PY
)
echo "corpus: $n files, $shared of them with the title and source of another file" >&2
"$geopress" init "$work/site" --base-url https://geo.example.com/ >/dev/null

import_once() { # label: prints the summary line and the wall time
    local started ended summary
    started=$(date +%s%N)
    "$geopress" --site "$work/site" import "$work/hugo/content" >/dev/null 2>"$work/import.log" \
        || { tail -n 5 "$work/import.log" >&2; exit 1; }
    ended=$(date +%s%N)
    summary=$(grep '^imported ' "$work/import.log")
    printf '%s: %s (%d.%d s)\n' "$1" "$summary" $(((ended - started) / 1000000000)) $(((ended - started) / 100000000 % 10))
}

import_once first
import_once again
articles=$("$geopress" --site "$work/site" list | wc -l)
echo "articles in the store: $articles"
[[ $articles -eq $n ]] || { echo "bench: $n files made $articles articles" >&2; exit 1; }
grep -q "^imported $n article(s): 0 new, 0 revised, $n unchanged" "$work/import.log" \
    || { echo "bench: the second import changed something" >&2; exit 1; }
