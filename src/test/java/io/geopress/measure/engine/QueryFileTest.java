package io.geopress.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryFileTest {
    @TempDir Path dir;

    @Test
    void queriesAreReadWithTheirOptionalLanguageAndTarget() throws IOException {
        Path file = write("{\"id\":\"a\",\"query\":\"How long does composting take?\",\"target\":\"compost-basics\"}\n\n"
                + "{\"id\":\"b\",\"query\":\"堆肥多久？\",\"lang\":\"zh\"}\n");
        assertThat(QueryFile.read(file)).containsExactly(
                new Query("a", "How long does composting take?", null, "compost-basics"),
                new Query("b", "堆肥多久？", Lang.ZH, null));
    }

    @Test
    void aBadLineIsNamedByFileAndLine() throws IOException {
        Path file = write("{\"id\":\"a\",\"query\":\"one\"}\n{\"id\": \"b\", \"query\": \n");
        assertThatThrownBy(() -> QueryFile.read(file)).isInstanceOf(SimulationException.class)
                .hasMessageStartingWith(file + ":2: not a JSON object").hasMessageNotContaining("\n");
    }

    @Test
    void aRepeatedIdIsNamedWithTheLineThatUsedItFirst() throws IOException {
        Path file = write("{\"id\":\"a\",\"query\":\"one\"}\n{\"id\":\"a\",\"query\":\"two\"}\n");
        assertThatThrownBy(() -> QueryFile.read(file)).hasMessage(file + ":2: id 'a' is already used on line 1");
    }

    @Test
    void aMissingFieldOrAnUnknownLanguageIsNamed() throws IOException {
        Path missing = write("{\"id\":\"a\"}\n");
        assertThatThrownBy(() -> QueryFile.read(missing)).hasMessage(missing + ":1: missing field \"query\"");
        Path lang = write("{\"id\":\"a\",\"query\":\"q\",\"lang\":\"fr\"}\n");
        assertThatThrownBy(() -> QueryFile.read(lang)).hasMessage(lang + ":1: lang must be \"zh\" or \"en\", not \"fr\"");
    }

    @Test
    void theHashChangesWithAnyQueryAndNotOtherwise() throws IOException {
        Path file = write("{\"id\":\"a\",\"query\":\"one\"}\n");
        String hash = QueryFile.hash(QueryFile.read(file));
        assertThat(QueryFile.hash(QueryFile.read(file))).isEqualTo(hash);
        assertThat(QueryFile.hash(QueryFile.read(write("{\"id\":\"a\",\"query\":\"one!\"}\n")))).isNotEqualTo(hash);
    }

    private Path write(String text) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "queries", ".jsonl"), text);
    }
}
