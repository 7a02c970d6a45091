package io.geopress.ingest;

import java.util.List;

/** Placeholder until the HtmlImporter lands; refuses every file. */
final class HtmlImporter implements Importer {
    @Override
    public List<Imported> read(SourceFile file) {
        throw new ImportException(file.name(), "this format is not supported yet");
    }
}
