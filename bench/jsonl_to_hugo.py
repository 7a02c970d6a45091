"""Writes a geopress bench corpus (JSON Lines) as a Hugo content folder: content/posts/NNNNN.md.

The front matter is JSON (Hugo reads a file that starts with "{" as JSON front matter, with Go's JSON decoder)
and holds only the fields bench/hugo/layouts uses; the body is the article's Markdown as geopress imports it."""
import json
import os
import sys

FIELDS = ("title", "title_en", "summary_en", "summary_zh", "source", "source_en", "source_url", "source_title",
          "source_date", "date", "tags", "faq")

corpus, content = sys.argv[1], sys.argv[2]
posts = os.path.join(content, "posts")
os.makedirs(posts, exist_ok=True)
with open(corpus, encoding="utf-8") as lines:
    for n, line in enumerate(lines, 1):
        a = json.loads(line)
        meta = {k: a[k] for k in FIELDS if k in a}
        with open(os.path.join(posts, "%05d.md" % n), "w", encoding="utf-8") as out:
            out.write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n\n" + a["body"] + "\n")
