package io.geopress.ingest;

import java.util.List;

/** Placeholder until the TextImporter lands; refuses every file. */
final class TextImporter implements Importer {
    @Override
    public List<Imported> read(SourceFile file) {
        throw new ImportException(file.name(), "this format is not supported yet");
    }
}
