package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.ingest.ImportLimits;
import io.geopress.model.GeopressException;
import java.util.Set;

/** Reads the {@code import:} section of geopress.yml: how large a file, and one JSON Lines record, may be. */
final class ImportSection {
    private static final Set<String> KEYS = Set.of("max_file_mb", "max_record_mb");

    private ImportSection() {}

    static ImportLimits read(JsonNode node, String file) {
        ImportLimits d = ImportLimits.DEFAULT;
        if (!Sections.given(node, "import", KEYS, file, "{max_file_mb: 100}")) return d;
        return new ImportLimits(megabytes(node, "max_file_mb", d.fileBytes(), file),
                megabytes(node, "max_record_mb", d.recordBytes(), file));
    }

    private static long megabytes(JsonNode node, String key, long fallback, String file) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return fallback;
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 1 || value.asInt() > 2047) {
            throw new GeopressException(file + ": key 'import." + key + "': expected a whole number of megabytes from 1 to 2047, got '"
                    + value.asText() + "'");
        }
        return value.asInt() * ImportLimits.MB;
    }
}
