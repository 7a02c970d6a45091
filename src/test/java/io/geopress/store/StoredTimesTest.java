package io.geopress.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick readers of stored times, lists and rows give what java.time, Jackson and SQLite give, and defer to
 * the general parsers otherwise.
 */
class StoredTimesTest {
    @Test
    void readsEveryShapeToStringWritesAsJavaTimeDoes() {
        for (OffsetDateTime t : List.of(
                OffsetDateTime.of(2025, 7, 20, 0, 0, 0, 0, ZoneOffset.ofHours(8)),
                OffsetDateTime.of(2025, 7, 20, 8, 30, 15, 0, ZoneOffset.ofHoursMinutes(-5, -30)),
                OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 120_000_000, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 2, 28, 1, 2, 3, 123_456_789, ZoneOffset.ofHours(14)))) {
            assertThat(StoredTimes.offsetDateTime(t.toString())).isEqualTo(t);
            assertThat(StoredTimes.instant(t.toInstant().toString())).isEqualTo(t.toInstant());
        }
        Instant now = Instant.parse("2026-11-29T17:19:02.228631304Z");
        assertThat(StoredTimes.instant(now.toString())).isEqualTo(now);
    }

    @Test
    void leavesOtherShapesToTheGeneralParser() {
        assertThat(StoredTimes.offsetDateTime("2025-07-20T08:30:15+05:30:10"))
                .isEqualTo(OffsetDateTime.parse("2025-07-20T08:30:15+05:30:10"));
        assertThatThrownBy(() -> StoredTimes.offsetDateTime("2025-02-30T08:30+08:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimes.offsetDateTime("2025-07-20 08:30+08:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> StoredTimes.instant("2025-07-2xT08:30:00Z")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void readsStoredListsAsTheMapperDoes() {
        assertThat(Json.readStrings("[\"城市\",\"交通\"]")).containsExactly("城市", "交通");
        assertThat(Json.readStrings("[\"one\"]")).containsExactly("one");
        assertThat(Json.readStrings("[]")).isEmpty();
        assertThat(Json.readStrings(null)).isEmpty();
        assertThat(Json.readStrings("[\"a \\\"quoted\\\" tag\",\"b\"]")).containsExactly("a \"quoted\" tag", "b");
        assertThat(Json.readStrings("[\"a\", \"b\"]")).containsExactly("a", "b");
        assertThat(Json.readStrings("[\"\",\"x\"]")).containsExactly("", "x");
    }

    @Test
    void readsRowsAsSqliteWritesThemWithJsonArray() throws Exception {
        List<String> texts = List.of("城市为何\n重建电车?", "a \"quoted\" \\ back\\slash/", "tab\tand\u0001control\u001f", "",
                "emoji 🚋 and é", "[\"looks\", \"like json\"]", "ends with a backslash \\");
        Path file = Files.createTempFile("rows", ".db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = db.createStatement()) {
            for (String text : texts) {
                try (PreparedStatement row = db.prepareStatement("SELECT json_array(?, 42, NULL, -1.5, ?)")) {
                    row.setString(1, text);
                    row.setString(2, text + "之后");
                    try (ResultSet rs = row.executeQuery()) {
                        rs.next();
                        assertThat(Json.readValues(rs.getString(1))).as(text).containsExactly(text, "42", null, "-1.5", text + "之后");
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        assertThat(Json.readValues(" [ \"a\" , 1 ] ")).containsExactly("a", "1");
        for (String broken : List.of("", "[", "[\"a\"", "[\"a\",]", "[\"a\"] x", "{\"a\":1}", "[\"\\q\"]", "[true]")) {
            assertThatThrownBy(() -> Json.readValues(broken)).as(broken).isInstanceOf(RuntimeException.class);
        }
    }
}
