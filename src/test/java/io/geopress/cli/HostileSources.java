package io.geopress.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded generators of hostile source files, one format at a time: the texts, aliases, slugs, tags and dates that
 * content from anywhere may carry, nesting and sizes past reason, random bytes. The same seed makes the same files.
 */
final class HostileSources {
    /** A source file's name and bytes. */
    record Source(String name, byte[] bytes) {}

    private static final List<String> WORDS = List.of("公园", "树", "河道", "电车", "Trees", "river", "the", "2026",
            "3.5%", "C++", "C#", "AI", "🔥", "!!!", "<script>alert(1)</script>", "</p><p>", "&amp;", "&#0;", "[x](javascript:1)",
            "![i](data:x)", "*", "_", "`", "#", ">", "- ", "1. ", "===", "|", "\\", "\"", "'", "{{", "}}", "---", "+++",
            "\u202e", "\u200b", "\ufeff", "\ud800", "\udc00", "\u0000", "\u0001", "\u001b[31m", "\u0007", "\u0085", "\u2028",
            "\r", "\n", "\t", " ", "\u3000", "\u00a0", "　", "。", "？", "?", "%2e%2e", "..", "/", "//");
    private static final List<String> ALIASES = List.of("../../../../x", "../../templates/article.jte", "/sitemap.xml",
            "/llms.txt", "/_redirects", "/_headers", "/.well-known/a", "o1\t//evil.example/", "o2\n//evil.example/",
            "//evil.example/", "https://evil.example/", "javascript:alert(1)", "/%2e%2e/%2e%2e/x", "/a%2Fb", "\\\\host\\x",
            "/admin/", "/api/x", "/assets/x.css", "/tags/ai/", "/search/", "/posts/旧文章/", "/old%20name/", "/2019/a.html",
            "/articles/trees.html", "/articles/trees.html.md", "/index.html", "/robots.txt/x/", "/a//b/", "/a?b=c", "/a#b",
            "/%zz/", "/\u0000/", "/:page", "/x/*.html", "/a.b", "/a.b/c/", "/" + "x".repeat(300) + "/", "/文" + "章".repeat(90) + "/", "", "/", "posts/ok/");
    private static final List<String> DATES = List.of("0001-01-01", "0001-01-01T00:00:00Z", "0000-01-01", "1899-12-31",
            "1900-01-01", "2026-03-11 10:42", "2026-02-30", "9999-12-31", "10000-01-01", "2200-12-31", "2201-01-01",
            "2026年3月17日", "yesterday", "2026-03-11T25:99", "-2026-01-01");

    private final Random random;

    HostileSources(long seed) {
        this.random = new Random(seed);
    }

    /** The next source: a format chosen at random, filled with hostile values. */
    Source next(int n) {
        return switch (random.nextInt(7)) {
            case 0 -> new Source("s" + n + ".md", utf8(yamlMarkdown()));
            case 1 -> new Source("s" + n + ".md", utf8(tomlMarkdown()));
            case 2 -> new Source("s" + n + ".jsonl", utf8(jsonLines()));
            case 3 -> new Source("s" + n + ".html", utf8(html()));
            case 4 -> new Source("s" + n + ".txt", utf8(text()));
            case 5 -> new Source("s" + n + (random.nextBoolean() ? ".md" : ".jsonl"), bytes());
            default -> new Source("s" + n + ".md", utf8(nested()));
        };
    }

    private String yamlMarkdown() {
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(yamlString(title())).append('\n');
        if (random.nextBoolean()) md.append("slug: ").append(yamlString(pick(WORDS) + pick(WORDS))).append('\n');
        if (random.nextBoolean()) md.append("tags: [").append(yamlString(tag())).append(", ").append(yamlString(tag())).append("]\n");
        if (random.nextBoolean()) md.append("categories: ").append(yamlString(tag())).append('\n');
        if (random.nextBoolean()) md.append("aliases: [").append(yamlString(alias())).append("]\n");
        if (random.nextBoolean()) md.append("date: ").append(yamlString(pick(DATES))).append('\n');
        if (random.nextInt(4) == 0) md.append("source_date: ").append(pick(DATES)).append('\n');
        if (random.nextInt(4) == 0) md.append("source_url: ").append(yamlString("https://example.org/" + text(5))).append('\n');
        if (random.nextInt(8) == 0) md.append("x: &a [1]\ny: *a\n");
        md.append("---\n\n").append(body());
        return md.toString();
    }

    private String tomlMarkdown() {
        StringBuilder md = new StringBuilder("+++\n");
        md.append("title = ").append(jsonString(title())).append('\n');
        if (random.nextBoolean()) md.append("aliases = [").append(jsonString(alias())).append("]\n");
        if (random.nextBoolean()) md.append("tags = [").append(jsonString(tag())).append("]\n");
        if (random.nextBoolean()) md.append("date = ").append(jsonString(pick(DATES))).append('\n');
        md.append("+++\n\n").append(body());
        return md.toString();
    }

    private String jsonLines() {
        StringBuilder out = new StringBuilder();
        int lines = 1 + random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            out.append("{\"title\":").append(jsonString(title()));
            if (random.nextBoolean()) out.append(",\"aliases\":[").append(jsonString(alias())).append(']');
            if (random.nextBoolean()) out.append(",\"tags\":[").append(jsonString(tag())).append(',').append(jsonString(tag())).append(']');
            if (random.nextBoolean()) out.append(",\"date\":").append(jsonString(pick(DATES)));
            if (random.nextBoolean()) {
                out.append(",\"blocks\":[{\"type\":").append(jsonString(pick(List.of("paragraph", "item", "heading", "quote", "table"))))
                        .append(",\"level\":").append(pick(List.of("1", "2", "7", "0", "-1", "4294967298", "5000", "2.5", "\"2\"")))
                        .append(",\"zh\":").append(jsonString(text(8))).append(",\"en\":").append(jsonString(text(8))).append("}]");
            } else {
                out.append(",\"body\":").append(jsonString(body()));
            }
            out.append("}\n");
        }
        return out.toString();
    }

    private String html() {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head>");
        if (random.nextBoolean()) page.append("<title>").append(title()).append("</title>");
        if (random.nextBoolean()) page.append("<meta name=\"keywords\" content=\"").append(tag()).append(",").append(tag()).append("\">");
        if (random.nextBoolean()) page.append("<meta property=\"article:published_time\" content=\"").append(pick(DATES)).append("\">");
        page.append("</head><body><article>");
        if (random.nextBoolean()) page.append("<h1>").append(text(4)).append("</h1>");
        int depth = random.nextInt(4) == 0 ? 200 + random.nextInt(5000) : random.nextInt(5);
        page.append("<div>".repeat(depth));
        for (int i = 0; i < 4; i++) page.append("<p>").append(text(60)).append("</p>");
        if (random.nextBoolean()) page.append("<ul><li>".repeat(1 + random.nextInt(30))).append(text(10));
        page.append("</div>".repeat(depth)).append("</article></body></html>");
        return page.toString();
    }

    private String text() {
        String source = random.nextInt(4) == 0 ? "来源：" + text(1) + " ".repeat(random.nextInt(20_000)) + text(1) + "\n" : "";
        return title() + "\n" + pick(DATES) + "\n" + source + body();
    }

    /** Markdown nested past reason (lists, quotes, emphasis) or with more openers than a parser handles in linear time. */
    private String nested() {
        int depth = 100 + random.nextInt(4000);
        StringBuilder md = new StringBuilder("---\ntitle: ").append(yamlString(title())).append("\n---\n\n");
        switch (random.nextInt(8)) {
            case 5 -> md.append("a**b").append("c* ".repeat(depth * 10)).append('\n');
            case 6 -> md.append("<1").append("a@".repeat(depth * 10)).append('\n');
            case 7 -> md.append(text(2)).append(" ".repeat(depth * 20)).append('\u2028').append(text(2)).append('\n');
            case 3 -> md.append("![".repeat(depth * 10)).append(text(2)).append("]".repeat(depth * 10)).append('\n');
            case 4 -> md.append(("<a" + text(1) + "\n").repeat(depth)).append('\n');
            case 0 -> {
                for (int i = 0; i < Math.min(depth, 600); i++) md.append("  ".repeat(i)).append("- ").append(text(2)).append('\n');
            }
            case 1 -> md.append(">".repeat(depth)).append(' ').append(text(3)).append('\n');
            default -> md.append("*_".repeat(depth)).append(text(3)).append("_*".repeat(depth)).append('\n');
        }
        return md.toString();
    }

    private byte[] bytes() {
        byte[] bytes = new byte[1 + random.nextInt(4000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) { // mostly text, with stray bytes
            byte[] text = body().getBytes(StandardCharsets.UTF_8);
            System.arraycopy(text, 0, bytes, 0, Math.min(text.length, bytes.length / 2));
        }
        return bytes;
    }

    private String body() {
        StringBuilder md = new StringBuilder();
        int paragraphs = 1 + random.nextInt(5);
        for (int i = 0; i < paragraphs; i++) {
            if (random.nextInt(20) == 0) md.append(text(1).repeat(50_000)); // a huge field
            md.append(text(3 + random.nextInt(30))).append("\n\n");
        }
        return md.toString();
    }

    private String title() {
        return random.nextInt(20) == 0 ? text(1).repeat(600) : text(1 + random.nextInt(6));
    }

    private String tag() {
        return random.nextInt(3) == 0 ? pick(WORDS) : text(1 + random.nextInt(2));
    }

    private String alias() {
        return random.nextInt(3) == 0 ? "/posts/" + text(2).replaceAll("[\\s/]", "") + "/" : pick(ALIASES);
    }

    private String text(int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(random.nextInt(3) == 0 ? pick(WORDS) : pick(List.of("公园里新种了树", "The river is clean", "电车回来了",
                    "Trees were planted", "数据", "numbers")));
            if (random.nextBoolean()) out.append(' ');
        }
        return out.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A YAML double-quoted string: what YAML must escape is escaped, the rest (controls too) left for the parser. */
    private static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || c == 0x7F) out.append(String.format("\\x%02x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') out.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.append('"').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
