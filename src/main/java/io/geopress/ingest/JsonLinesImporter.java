package io.geopress.ingest;

import java.util.List;

/** Placeholder until the JsonLinesImporter lands; refuses every file. */
final class JsonLinesImporter implements Importer {
    @Override
    public List<Imported> read(SourceFile file) {
        throw new ImportException(file.name(), "this format is not supported yet");
    }
}
