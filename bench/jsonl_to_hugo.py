"""Writes a geopress bench corpus (JSON Lines) as a Hugo content folder: content/posts/N.md, YAML front matter."""
import json
import os
import sys

corpus, content = sys.argv[1], sys.argv[2]
posts = os.path.join(content, "posts")
os.makedirs(posts, exist_ok=True)
with open(corpus, encoding="utf-8") as lines:
    for n, line in enumerate(lines, 1):
        a = json.loads(line)
        body = a.pop("body")
        meta = {k: a[k] for k in ("title", "title_en", "summary_en", "summary_zh", "source", "source_en",
                                   "source_title", "tags", "faq") if k in a}
        meta["date"] = a["date"]
        with open(os.path.join(posts, "%05d.md" % n), "w", encoding="utf-8") as out:
            out.write("---\n" + json.dumps(meta, ensure_ascii=False) + "\n---\n\n" + body + "\n")
