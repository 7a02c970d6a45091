package io.geopress.ingest;

import io.geopress.model.Progress;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * A file handed to an importer.
 *
 * @param name how messages name the file (the path as the user gave it)
 * @param zone the site's time zone, for dates that carry none
 */
record SourceFile(Path path, String name, byte[] bytes, ZoneId zone, Progress progress) {
    String at(int line) {
        return name + ":" + line;
    }
}
