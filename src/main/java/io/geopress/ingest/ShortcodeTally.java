package io.geopress.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shortcodes of one import that geopress does not know, counted by name, so that the import warns once per name
 * (where it was first used, how often, in how many files) rather than once per use.
 */
final class ShortcodeTally {
    private static final class Uses {
        final String first;
        final Set<String> files = new HashSet<>();
        int count;

        Uses(String first) {
            this.first = first;
        }
    }

    private final Map<String, Uses> byName = new LinkedHashMap<>();

    /** One use of the unknown shortcode {@code name} in {@code file}, on {@code line}. */
    synchronized void unknown(String name, String file, int line) {
        Uses uses = byName.computeIfAbsent(name, n -> new Uses(file + ":" + line));
        uses.count++;
        uses.files.add(file);
    }

    /** A warning per unknown shortcode name, in the order they were first met. */
    synchronized List<String> warnings() {
        List<String> warnings = new ArrayList<>(byName.size());
        byName.forEach((name, uses) -> warnings.add(uses.first + ": shortcode '" + name + "' is not known; kept as text ("
                + count(uses.count, "use") + " in " + count(uses.files.size(), "file") + ")"));
        return warnings;
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
