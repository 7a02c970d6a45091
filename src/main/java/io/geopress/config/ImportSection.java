package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.ingest.ImportLimits;
import io.geopress.model.GeopressException;
import java.util.Set;

/**
 * Reads the {@code import:} section of geopress.yml: how large a file, one JSON Lines record, a table and a local
 * image may be.
 */
final class ImportSection {
    private static final Set<String> KEYS = Set.of("max_file_mb", "max_record_mb", "max_table_rows", "max_table_columns",
            "max_image_mb");

    private ImportSection() {}

    static ImportLimits read(JsonNode node, String file) {
        ImportLimits d = ImportLimits.DEFAULT;
        if (!Sections.given(node, "import", KEYS, file, "{max_file_mb: 100}")) return d;
        return new ImportLimits(megabytes(node, "max_file_mb", d.fileBytes(), file),
                megabytes(node, "max_record_mb", d.recordBytes(), file),
                count(node, "max_table_rows", d.tableRows(), 100_000, "rows", file),
                count(node, "max_table_columns", d.tableColumns(), 1_000, "columns", file),
                megabytes(node, "max_image_mb", d.imageBytes(), file));
    }

    private static long megabytes(JsonNode node, String key, long fallback, String file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return fallback;
        return count(node, key, 0, 2047, "megabytes", file) * ImportLimits.MB;
    }

    private static int count(JsonNode node, String key, int fallback, int most, String unit, String file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return fallback;
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > most) {
            throw new GeopressException(file + ": key 'import." + key + "': expected a whole number of " + unit + " from 1 to "
                    + most + ", got '" + value.asText() + "'");
        }
        return value.asInt();
    }
}
