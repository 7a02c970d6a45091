package io.geopress.ingest;

import java.util.List;

/** Placeholder until the MarkdownImporter lands; refuses every file. */
final class MarkdownImporter implements Importer {
    @Override
    public List<Imported> read(SourceFile file) {
        throw new ImportException(file.name(), "this format is not supported yet");
    }
}
