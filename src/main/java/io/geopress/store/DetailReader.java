package io.geopress.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.geopress.model.Bilingual;
import io.geopress.model.Figure;
import io.geopress.model.Footnote;
import io.geopress.model.Snippet;
import io.geopress.model.Table;
import java.io.IOException;
import java.util.List;

/** Reads the details of figure, table, code and footnote blocks, as {@link ArticleReader} reads the rest. */
final class DetailReader {
    private DetailReader() {}

    static Figure figure(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        String src = null, credit = null;
        int width = 0, height = 0;
        Bilingual alt = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "src" -> src = p.getText();
                case "width" -> width = p.getIntValue();
                case "height" -> height = p.getIntValue();
                case "alt" -> alt = ArticleReader.bilingual(p);
                case "credit" -> credit = p.getText();
                default -> p.skipChildren();
            }
        }
        return new Figure(src, width, height, alt, credit);
    }

    static Table table(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        List<Table.Row> rows = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            if (name.equals("rows")) rows = ArticleReader.list(p, DetailReader::row);
            else p.skipChildren();
        }
        return new Table(rows);
    }

    private static Table.Row row(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        List<Table.Cell> cells = List.of();
        boolean header = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "cells" -> cells = ArticleReader.list(p, DetailReader::cell);
                case "header" -> header = p.getBooleanValue();
                default -> p.skipChildren();
            }
        }
        return new Table.Row(cells, header);
    }

    private static Table.Cell cell(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        Bilingual text = Bilingual.EMPTY;
        boolean header = false;
        int rowSpan = 1, colSpan = 1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "text" -> text = ArticleReader.bilingual(p);
                case "header" -> header = p.getBooleanValue();
                case "rowSpan" -> rowSpan = p.getIntValue();
                case "colSpan" -> colSpan = p.getIntValue();
                default -> p.skipChildren();
            }
        }
        return new Table.Cell(text, header, rowSpan, colSpan);
    }

    static Snippet snippet(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        String language = null, code = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (name) {
                case "language" -> language = p.getText();
                case "code" -> code = p.getText();
                default -> p.skipChildren();
            }
        }
        return new Snippet(language, code);
    }

    static Footnote footnote(JsonParser p) throws IOException {
        ArticleReader.start(p, JsonToken.START_OBJECT);
        String label = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_NULL) continue;
            if (name.equals("label")) label = p.getText();
            else p.skipChildren();
        }
        return new Footnote(label);
    }
}
