#!/usr/bin/env bash
# geopress against Hugo on the same generated corpus, in the same run, alternating:
#
#   bench/hugo.sh [N] [ROUNDS]          default: 10000 articles, 2 rounds
#
# The corpus comes from bench/GenerateCorpus.java (seed 42). geopress imports and publishes it once (not
# timed); Hugo gets the same articles as a content folder (bench/jsonl_to_hugo.py) and a layout of its own
# (bench/hugo/) rendering the same pages: article (with JSON-LD and share links), the home list and each tag's
# list paginated by 20, the tag index, RSS of the 50 newest articles (home and each tag), sitemap. Each round
# times one full `geopress build --full` and one `hugo` build, each into an
# empty folder with GNU time, and prints wall seconds, pages/s and peak RSS, then the ratio; at the end it counts
# the pages both wrote, so that a layout change that drops pages shows. Needs Debian's hugo and time packages.
# GEOPRESS_BIN: another launcher than bin/geopress (e.g. one for a jar built from a clean checkout).
set -euo pipefail

self=$(readlink -f -- "${BASH_SOURCE[0]}")
repo=$(cd -- "$(dirname -- "$self")/.." && pwd)
n=${1:-10000}
rounds=${2:-2}
geopress=${GEOPRESS_BIN:-$repo/bin/geopress}
command -v hugo >/dev/null || { echo "bench: hugo not found (apt-get install hugo)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: GNU time not found (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/geopress-vs-hugo.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$geopress" --help >/dev/null
java "$repo/bench/GenerateCorpus.java" "$n" "$work/corpus.jsonl" 42 >&2
"$geopress" init "$work/site" --base-url https://geo.example.com/ >/dev/null
"$geopress" --site "$work/site" import "$work/corpus.jsonl" >/dev/null 2>"$work/import.log"
"$geopress" --site "$work/site" publish --all >/dev/null 2>&1
mkdir -p "$work/hugo"
cp -r "$repo/bench/hugo/hugo.toml" "$repo/bench/hugo/layouts" "$work/hugo/"
/usr/bin/python3 "$repo/bench/jsonl_to_hugo.py" "$work/corpus.jsonl" "$work/hugo/content"

timed() { # label, command…: prints "label wall_s rss_mib"
    local label=$1; shift
    /usr/bin/time -v "$@" >/dev/null 2>"$work/time.log" || { cat "$work/time.log" >&2; exit 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.log")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$work/time.log")
    echo "$label $wall $rss"
}

set_aside() { # folders…: moved into $work/aside, which the exit trap deletes
    local folder
    for folder in "$@"; do
        [[ -e $folder ]] || continue
        mkdir -p "$work/aside" && mv "$folder" "$(mktemp -u "$work/aside/XXXXXX")"
    done
}

echo "| round | tool | wall s | pages/s | peak RSS MiB |"
echo "|---:|---|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
    # Both tools write into an empty folder: otherwise geopress's background removal of its previous build
    # (22,000 files) would run during this build. The previous outputs are moved aside, not deleted, until the end:
    # on ext4 without a journal (as here), a file created within 30 s of many deletions in the same block group
    # costs the kernel a scan past every inode freed in that time, which makes a 20,000-file build's system time
    # two to three times longer (docs/benchmarks.md); the deletions would slow whichever tool ran after them.
    set_aside "$work/site/public" "$work/site/.builds"
    read -r _ gw gr < <(timed geopress "$geopress" --site "$work/site" build --full)
    set_aside "$work/hugo/public"
    read -r _ hw hr < <(timed hugo hugo --quiet -s "$work/hugo" -d "$work/hugo/public")
    awk -v r="$round" -v n="$n" -v gw="$gw" -v gr="$gr" -v hw="$hw" -v hr="$hr" 'BEGIN {
        printf "| %d | geopress | %.2f | %.1f | %d |\n", r, gw, n / gw, gr
        printf "| %d | hugo | %.2f | %.1f | %d |\n", r, hw, n / hw, hr
        printf "| %d | ratio geopress / hugo | %.2f | | |\n", r, gw / hw }'
done

# The same page set? geopress: articles/SLUG.html, page/N.html, tags/TAG/ and tags/TAG/page/N.html, feed.xml per list.
# Hugo: posts/NNNNN.html, page/N.html, tags/TAG.html and tags/TAG/page/N.html (page/1.html is only a redirect),
# index.xml per list.
count() { find "$@" 2>/dev/null | wc -l; }
g=$work/site/public h=$work/hugo/public
echo
echo "| pages | geopress | hugo |"
echo "|---|---:|---:|"
echo "| articles | $(count "$g"/articles -maxdepth 1 -name '*.html') | $(count "$h"/posts -maxdepth 1 -name '*.html') |"
echo "| home list pages | $(count "$g"/index.html "$g"/page/*.html) | $(count "$h"/index.html "$h"/page/*.html ! -name 1.html) |"
echo "| tag list pages | $(count "$g"/tags/*/index.html "$g"/tags/*/page/*.html) | $(count "$h"/tags/*.html "$h"/tags/*/page/*.html ! -name 1.html) |"
echo "| RSS feeds (home and tags) | $(count "$g"/feed.xml "$g"/tags/*/feed.xml) | $(count "$h"/index.xml "$h"/tags/*/index.xml) |"
echo "| sitemap URLs | $(grep -o '<loc>' "$g"/sitemap.xml | wc -l) | $(grep -o '<loc>' "$h"/sitemap.xml | wc -l) |"
echo
dirty=
[[ -z ${GEOPRESS_BIN:-} && -n $(git -C "$repo" status --porcelain -- src pom.xml) ]] && dirty=" with uncommitted changes to src/"
[[ -n ${GEOPRESS_BIN:-} ]] && dirty=" (geopress from GEOPRESS_BIN=$GEOPRESS_BIN, which may be another commit)"
echo "Command: bench/hugo.sh $n $rounds; $(hugo version | cut -d' ' -f1-2); commit $(git -C "$repo" rev-parse --short HEAD)$dirty"
