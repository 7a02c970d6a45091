package io.geopress.ingest;

import java.util.function.Consumer;

/**
 * Reads one format, handing each article to {@code sink} in file order. Bad input raises
 * {@link ImportException}, possibly after some articles were handed over: the caller decides what to undo.
 */
interface Importer {
    void read(SourceFile file, Consumer<Imported> sink);
}
