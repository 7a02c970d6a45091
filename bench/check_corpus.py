#!/usr/bin/env python3
"""Checks bench/GenerateCorpus.java with an independent JSON parser (Python's json).

    python3 bench/check_corpus.py [N]        (default N=300; run from anywhere)

Generates corpora in a temporary folder and checks: every line is valid JSON with the
importer's keys and types; each line is 20 KB +-20% of UTF-8; the body has Han and Latin
text and alternates Chinese and English block by block (heading pairs, paragraph pairs,
list item pairs); FAQ, tags, dates and unique source URLs and titles; the same seed gives
the same bytes, another seed other bytes, and a smaller N a prefix; the hand-written JSON
escaping round-trips every ASCII control character, quotes, backslashes, U+2028/9 and an
emoji. Exits 1 with one line per failure.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, "GenerateCorpus.java")
KEYS = {"title", "title_en", "summary_en", "summary_zh", "source", "source_en", "source_url",
        "source_title", "source_date", "date", "tags", "faq", "body"}
TARGET = 20 * 1024
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
failures = []


def fail(message):
    failures.append(message)
    print("FAIL " + message)


def generate(n, path, seed):
    subprocess.run(["java", GENERATOR, str(n), path, str(seed)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(path, "rb") as f:
        return f.read()


def language(text):
    """zh or en by the ratio of Han to Latin letters, as the importer decides."""
    han, latin = len(HAN.findall(text)), len(LATIN.findall(text))
    return "zh" if han * 3 >= latin else "en"


def check_body(where, body):
    if not HAN.search(body) or not LATIN.search(body):
        fail(f"{where}: body lacks Han or Latin text")
    lines = body.split("\n")
    blocks, items = [], []
    paragraph = []
    for line in lines + [""]:
        if line.startswith("- "):
            items.append(line[2:])
            continue
        if items:
            blocks.append(("list", items))
            items = []
        if line.strip() == "":
            if paragraph:
                blocks.append(("block", " ".join(paragraph)))
                paragraph = []
        else:
            paragraph.append(line)
    pairs = {"heading": 0, "paragraph": 0, "item": 0}
    singles = [b for b in blocks if b[0] == "block"]
    # blocks come in (Chinese, English) pairs, lists aside
    flat = []
    for kind, content in blocks:
        if kind == "list":
            if len(content) % 2:
                fail(f"{where}: a list has an odd number of items")
            for k in range(0, len(content) - 1, 2):
                if (language(content[k]), language(content[k + 1])) != ("zh", "en"):
                    fail(f"{where}: list items not Chinese then English: {content[k][:30]!r} / {content[k + 1][:30]!r}")
                pairs["item"] += 1
        else:
            flat.append(content)
    if len(flat) % 2:
        fail(f"{where}: odd number of heading/paragraph blocks ({len(flat)})")
    for k in range(0, len(flat) - 1, 2):
        zh, en = flat[k], flat[k + 1]
        zh_heading, en_heading = re.match(r"#+ ", zh), re.match(r"#+ ", en)
        if bool(zh_heading) != bool(en_heading) or (zh_heading and zh_heading.group() != en_heading.group()):
            fail(f"{where}: heading not followed by a heading of its level: {zh[:30]!r} / {en[:30]!r}")
        if (language(zh), language(en)) != ("zh", "en"):
            fail(f"{where}: block pair not Chinese then English: {zh[:30]!r} / {en[:30]!r}")
        pairs["heading" if zh_heading else "paragraph"] += 1
    if pairs["heading"] < 2 or pairs["paragraph"] < 5 or pairs["item"] < 3:
        fail(f"{where}: too little structure: {pairs}")
    return pairs, len(singles)


def check_article(where, article, raw_line):
    if set(article) != KEYS:
        fail(f"{where}: keys {sorted(set(article) ^ KEYS)} differ")
        return
    size = len(raw_line)
    if not 0.8 * TARGET <= size <= 1.2 * TARGET:
        fail(f"{where}: {size} bytes, not 20 KB +-20%")
    for key in KEYS - {"tags", "faq"}:
        if not isinstance(article[key], str) or not article[key].strip():
            fail(f"{where}: {key} is not a non-empty string")
    for key in ("title", "summary_zh", "source", "source_title"):
        if language(article[key]) != "zh":
            fail(f"{where}: {key} is not Chinese: {article[key]!r}")
    for key in ("title_en", "summary_en", "source_en"):
        if language(article[key]) != "en":
            fail(f"{where}: {key} is not English: {article[key]!r}")
    if not article["title"].endswith("?"):
        fail(f"{where}: title is not a question: {article['title']!r}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", article["source_date"]):
        fail(f"{where}: source_date {article['source_date']!r}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", article["date"]) or article["date"] < article["source_date"][:10]:
        fail(f"{where}: date {article['date']!r}")
    if not re.fullmatch(r"https://example\.org/news/\S+", article["source_url"]):
        fail(f"{where}: source_url {article['source_url']!r}")
    tags = article["tags"]
    if not isinstance(tags, list) or not 2 <= len(tags) <= 4 or not all(isinstance(t, str) and t for t in tags):
        fail(f"{where}: tags {tags!r}")
    faq = article["faq"]
    if not isinstance(faq, list) or len(faq) != 3:
        fail(f"{where}: faq is not a list of 3")
    else:
        for entry in faq:
            if set(entry) != {"q", "a", "q_en", "a_en"} or not all(isinstance(v, str) and v for v in entry.values()):
                fail(f"{where}: faq entry {entry!r}")
            elif language(entry["q"]) != "zh" or language(entry["q_en"]) != "en":
                fail(f"{where}: faq languages {entry!r}")
    check_body(where, article["body"])


def check_corpus(path, n):
    urls, titles = set(), set()
    with open(path, "rb") as f:
        raw = f.read()
    lines = raw.split(b"\n")
    if lines[-1] != b"":
        fail(f"{path}: does not end with a newline")
    lines = lines[:-1]
    if len(lines) != n:
        fail(f"{path}: {len(lines)} lines, expected {n}")
    sizes = []
    for number, line in enumerate(lines, 1):
        where = f"line {number}"
        try:
            article = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            fail(f"{where}: not JSON: {e}")
            continue
        sizes.append(len(line))
        check_article(where, article, line)
        urls.add(article.get("source_url"))
        titles.add(article.get("title"))
    if len(urls) != len(lines):
        fail(f"{path}: {len(lines) - len(urls)} duplicate source_url values")
    if len(titles) != len(lines):
        fail(f"{path}: {len(lines) - len(titles)} duplicate titles")
    if sizes:
        print(f"ok   {n} articles parse; bytes per line min {min(sizes)}, mean {sum(sizes) // len(sizes)}, max {max(sizes)}")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as tmp:
        a = generate(n, os.path.join(tmp, "a.jsonl"), 7)
        check_corpus(os.path.join(tmp, "a.jsonl"), n)
        b = generate(n, os.path.join(tmp, "b.jsonl"), 7)
        if a != b:
            fail("the same seed gave different bytes")
        else:
            print(f"ok   same seed, same bytes (sha256 {hashlib.sha256(a).hexdigest()[:16]})")
        if generate(n, os.path.join(tmp, "c.jsonl"), 8) == a:
            fail("another seed gave the same bytes")
        small = generate(n // 2, os.path.join(tmp, "d.jsonl"), 7)
        if not a.startswith(small):
            fail("a smaller N is not a prefix of a larger one")
        else:
            print("ok   another seed differs; a smaller N is a prefix")

        escape_file = os.path.join(tmp, "escape.json")
        expected = subprocess.run(["java", GENERATOR, "--escape-test", escape_file], check=True,
                                  capture_output=True, text=True).stdout.split()
        with open(escape_file, encoding="utf-8") as f:
            text = json.loads(f.read())["text"]
        if [ord(c) for c in text] != [int(c) for c in expected]:
            fail("JSON escaping does not round-trip")
        else:
            print(f"ok   escaping round-trips {len(text)} characters (controls, quote, backslash, U+2028/9, emoji)")
    if failures:
        print(f"{len(failures)} failed")
        sys.exit(1)
    print("corpus: all checks passed")


if __name__ == "__main__":
    main()
