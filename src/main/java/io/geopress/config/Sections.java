package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.model.GeopressException;
import java.util.Iterator;
import java.util.Set;

/** What every section of geopress.yml checks first: that it is a mapping, of keys it knows. */
final class Sections {
    private Sections() {}

    /** Whether the section is given; throws when it is not a mapping of {@code keys}, {@code example} showing one. */
    static boolean given(JsonNode node, String section, Set<String> keys, String file, String example) {
        if (node == null || node.isNull()) return false;
        if (!node.isObject()) throw new GeopressException(file + ": key '" + section + "': expected a mapping, e.g. " + example);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new GeopressException(file + ": unknown key '" + section + "." + key + "' (one of " + keys + ")");
            }
        }
        return true;
    }
}
