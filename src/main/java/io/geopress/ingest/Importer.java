package io.geopress.ingest;

import java.util.List;

/** Reads one format. Throws {@link ImportException} on bad input; never returns a partial result. */
interface Importer {
    List<Imported> read(SourceFile file);
}
