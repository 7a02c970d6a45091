package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.BlockKind;
import io.geopress.model.Figure;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import io.geopress.model.Progress;
import io.geopress.model.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rich blocks of a JSON line (docs/formats.md): written from the model in the documented schema, read back. */
class JsonLinesRichTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Bilingual LINKED = Bilingual.inline(
            List.of(Inline.text("据"), new Inline.Link("https://example.org/report", "年度报告", List.of(Inline.text("报告"))),
                    Inline.text("，客流"), Inline.strong(Inline.text("增长两成")), Inline.text("。"), new Inline.NoteRef("1")),
            List.of(Inline.text("Ridership rose "), Inline.emphasis(Inline.text("a fifth")), Inline.text(", says the "),
                    Inline.link("https://example.org/report", Inline.text("report")), new Inline.Break(),
                    new Inline.Code("a < b"), new Inline.Styled(Inline.Style.SUB, List.of(Inline.text("2"))),
                    new Inline.Styled(Inline.Style.SUP, List.of(Inline.text("3"))),
                    new Inline.Styled(Inline.Style.STRIKE, List.of(Inline.text("old"))), Inline.text("."), new Inline.NoteRef("1")));

    @TempDir
    Path dir;

    @Test
    void everyKindOfBlockReadsBackAsTheModelWroteIt() throws IOException {
        Table table = new Table(List.of(
                new Table.Row(List.of(new Table.Cell(new Bilingual("线路", "Line"), true),
                        new Table.Cell(new Bilingual("客流", "Riders"), true)), true),
                new Table.Row(List.of(new Table.Cell(new Bilingual("一号线", "Line 1"), true, 2, 1),
                        new Table.Cell(Bilingual.inline(List.of(Inline.strong(Inline.text("120"))), List.of(Inline.strong(Inline.text("120")))),
                                false)), false),
                new Table.Row(List.of(new Table.Cell(new Bilingual("192", "192"), false, 1, 1)), false)));
        List<Block> body = List.of(Block.heading(3, new Bilingual("客流", "Ridership")), Block.paragraph(LINKED),
                Block.item(2, true, new Bilingual("一项。", "An item.")), Block.quote(new Bilingual("引文。", "A quote.")),
                Block.figure(new Figure("https://example.org/tram.jpg", 1600, 900, new Bilingual("电车", "A tram"), "晨报摄"),
                        new Bilingual("新电车", "The new tram")),
                Block.table(table, new Bilingual("各线客流", "Riders per line")), Block.code("bash", "echo 'a < b'\n  done\n"),
                Block.rule(), Block.footnote("1", Bilingual.inline(List.of(Inline.link("https://example.org/r", Inline.text("报告"))),
                        List.of(Inline.text("The report")))));

        Imported read = read(line(body));

        assertThat(read.article().body()).isEqualTo(body);
        assertThat(read.untranslated()).isEmpty();
        assertThat(read.warnings()).isEmpty();
    }

    @Test
    void aTextMayBeOneStringGoingToItsLanguageANumberToBoth() throws IOException {
        Imported read = read("{\"title\": \"标题\", \"blocks\": [{\"type\": \"figure\", \"src\": \"https://example.org/a.jpg\","
                + " \"caption\": \"桥\", \"alt\": \"A bridge\"}, {\"type\": \"table\", \"rows\": [{\"cells\": [\"120\","
                + " {\"text\": [{\"strong\": [\"192\"]}]}]}]}, {\"type\": \"footnote\", \"label\": 2, \"text\": \"A note.\"}]}");
        List<Block> body = read.article().body();

        assertThat(body.get(0).text()).isEqualTo(new Bilingual("桥", ""));
        assertThat(body.get(0).figure().alt()).isEqualTo(new Bilingual("", "A bridge"));
        assertThat(body.get(0).has(BlockFlag.UNTRANSLATED)).isTrue();
        assertThat(body.get(1).table().rows().get(0).cells()).extracting(Table.Cell::text).containsExactly(new Bilingual("120", "120"),
                Bilingual.inline(List.of(Inline.strong(Inline.text("192"))), List.of(Inline.strong(Inline.text("192")))));
        assertThat(body.get(1).flags()).as("a table of numbers needs no translation").isEmpty();
        assertThat(body.get(2)).isEqualTo(Block.footnote("2", new Bilingual("", "A note.")).withFlag(BlockFlag.UNTRANSLATED));
        assertThat(read.untranslated()).hasSize(2).allMatch(w -> w.startsWith(dir.resolve("a.jsonl") + ":1: block "));
    }

    @Test
    void aFigureWithARelativeSourceNamesALocalImageBesideTheFile() throws IOException {
        Imported read = read("{\"title\": \"标题\", \"blocks\": [{\"type\": \"figure\", \"src\": \"img/bridge.png\"}]}");

        assertThat(read.article().body().get(0).figure().src()).isEqualTo("img/bridge.png");
        assertThat(read.images()).containsExactly(new Imported.LocalImage("img/bridge.png",
                dir.resolve("img/bridge.png").toAbsolutePath(), dir.resolve("a.jsonl") + ":1"));
    }

    @Test
    void aBadNodeOrFieldIsAnErrorNamingFileLineAndField() {
        String at = dir.resolve("a.jsonl") + ":2: key 'blocks': ";
        assertError("{\"type\": \"paragraph\", \"zh\": [\"甲\", {\"blink\": [\"乙\"]}]}", at + "block 1: zh[2]: unknown inline node 'blink'");
        assertError("{\"type\": \"paragraph\", \"en\": [{\"a\": [\"x\"], \"href\": \"javascript:alert(1)\"}]}",
                at + "block 1: en[1] (a): link scheme 'javascript:' is not allowed");
        assertError("{\"type\": \"paragraph\", \"en\": [{\"strong\": [\"x\"], \"href\": \"https://a.example\"}]}",
                at + "block 1: en[1]: 'href' and 'title' belong to a link ('a')");
        assertError("{\"type\": \"paragraph\", \"en\": [{\"br\": false}]}", at + "block 1: en[1].br is not true");
        assertError("{\"type\": \"paragraph\", \"en\": [{\"em\": \"x\"}]}", at + "block 1: en[1].em is not a list of inline nodes");
        assertError("{\"type\": \"figure\", \"caption\": \"桥\"}", at + "block 1: src is missing");
        assertError("{\"type\": \"figure\", \"src\": \"data:image/png;base64,AA\"}", at + "block 1: src: link scheme 'data:' is not allowed");
        assertError("{\"type\": \"figure\", \"src\": \"a.png\", \"width\": -3}", at + "block 1: width is not a number of pixels (0 to 100000): -3");
        assertError("{\"type\": \"table\", \"rows\": [{\"cells\": \"甲\"}]}", at + "block 1: rows[1].cells is not a list of cells");
        assertError("{\"type\": \"table\", \"rows\": [{\"cells\": [{\"text\": \"甲\", \"rowSpan\": 0}]}]}",
                at + "block 1: rows[1].cells[1].rowSpan is not a number from 1 to 1000: 0");
        assertError("{\"type\": \"table\", \"rows\": [{\"cells\": [{\"txt\": \"甲\"}]}]}", at + "block 1: rows[1].cells[1]: unknown field 'txt'");
        assertError("{\"type\": \"code\", \"language\": \"sh\"}", at + "block 1: code is missing");
        assertError("{\"type\": \"rule\", \"zh\": \"—\"}", at + "block 1: unknown field 'zh'");
        assertError("{\"type\": \"footnote\", \"text\": {\"zh\": \"注\", \"fr\": \"note\"}}", at + "block 1: label is missing");
        assertError("{\"type\": \"footnote\", \"label\": \"1\", \"text\": {\"zh\": \"注\", \"fr\": \"note\"}}",
                at + "block 1: text: unknown field 'fr' (a text is zh and en)");
    }

    @Test
    void aTableOverTheRowLimitIsAnErrorNamingFileAndLine() throws IOException {
        String rows = String.join(",", Collections.nCopies(501, "{\"cells\": [\"1\"]}"));
        Path file = write("{\"title\": \"一\", \"blocks\": [{\"type\": \"paragraph\", \"zh\": \"一。\"}]}\n"
                + "{\"title\": \"二\", \"blocks\": [{\"type\": \"table\", \"rows\": [" + rows + "]}]}\n");

        assertThatThrownBy(() -> new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE)).isInstanceOf(ImportException.class)
                .hasMessage(file + ":2: the table has 501 rows, more than the limit of 500 (import.max_table_rows in geopress.yml)");
    }

    private void assertError(String block, String message) {
        Path file;
        try {
            file = write("{\"title\": \"一\", \"blocks\": [{\"type\": \"paragraph\", \"zh\": \"一。\"}]}\n{\"title\": \"二\", \"blocks\": ["
                    + block + "]}\n");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> new Ingest(ZoneId.of("Asia/Shanghai")).read(file, null, Progress.NONE))
                .isInstanceOf(ImportException.class).hasMessage(message);
    }

    private Imported read(String line) throws IOException {
        List<Imported> all = new Ingest(ZoneId.of("Asia/Shanghai")).read(write(line + "\n"), null, Progress.NONE);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("a.jsonl"), text, StandardCharsets.UTF_8);
    }

    /** An article of these blocks as one JSON line, written here from the schema in docs/formats.md. */
    private static String line(List<Block> body) throws IOException {
        List<Object> blocks = new ArrayList<>();
        for (Block b : body) {
            Map<String, Object> m = new LinkedHashMap<>();
            switch (b.kind()) {
                case HEADING, PARAGRAPH, LIST_ITEM, QUOTE -> {
                    m.put("type", b.kind() == BlockKind.LIST_ITEM ? "item" : b.kind().name().toLowerCase());
                    if (b.kind() == BlockKind.HEADING || b.kind() == BlockKind.LIST_ITEM) m.put("level", b.level());
                    if (b.ordered()) m.put("ordered", true);
                    m.put("zh", nodes(b.text().nodes(Lang.ZH)));
                    m.put("en", nodes(b.text().nodes(Lang.EN)));
                }
                case FIGURE -> {
                    m.put("type", "figure");
                    m.put("src", b.figure().src());
                    m.put("width", b.figure().width());
                    m.put("height", b.figure().height());
                    m.put("alt", text(b.figure().alt()));
                    m.put("caption", text(b.text()));
                    m.put("credit", b.figure().credit());
                }
                case TABLE -> {
                    m.put("type", "table");
                    m.put("caption", text(b.text()));
                    List<Object> rows = new ArrayList<>();
                    for (Table.Row row : b.table().rows()) {
                        List<Object> cells = new ArrayList<>();
                        for (Table.Cell c : row.cells()) {
                            cells.add(Map.of("text", text(c.text()), "header", c.header(), "rowSpan", c.rowSpan(), "colSpan", c.colSpan()));
                        }
                        rows.add(Map.of("header", row.header(), "cells", cells));
                    }
                    m.put("rows", rows);
                }
                case CODE -> {
                    m.put("type", "code");
                    m.put("language", b.snippet().language());
                    m.put("code", b.snippet().code());
                }
                case RULE -> m.put("type", "rule");
                case FOOTNOTE -> {
                    m.put("type", "footnote");
                    m.put("label", b.footnote().label());
                    m.put("text", text(b.text()));
                }
            }
            blocks.add(m);
        }
        return JSON.writeValueAsString(Map.of("title", "客流为何回升？", "title_en", "Why are riders back?", "blocks", blocks));
    }

    private static Map<String, Object> text(Bilingual text) {
        return Map.of("zh", nodes(text.nodes(Lang.ZH)), "en", nodes(text.nodes(Lang.EN)));
    }

    private static List<Object> nodes(List<Inline> nodes) {
        List<Object> out = new ArrayList<>();
        for (Inline n : nodes) {
            if (n instanceof Inline.Text t) out.add(t.text());
            else if (n instanceof Inline.Styled s) out.add(Map.of(styleKey(s.style()), nodes(s.children())));
            else if (n instanceof Inline.Link l && l.title() != null) out.add(Map.of("a", nodes(l.children()), "href", l.url(), "title", l.title()));
            else if (n instanceof Inline.Link l) out.add(Map.of("a", nodes(l.children()), "href", l.url()));
            else if (n instanceof Inline.Code c) out.add(Map.of("code", c.text()));
            else if (n instanceof Inline.Break) out.add(Map.of("br", true));
            else if (n instanceof Inline.NoteRef r) out.add(Map.of("ref", r.label()));
        }
        return out;
    }

    private static String styleKey(Inline.Style style) {
        return switch (style) {
            case STRONG -> "strong";
            case EMPHASIS -> "em";
            case STRIKE -> "del";
            case SUB -> "sub";
            case SUP -> "sup";
        };
    }
}
