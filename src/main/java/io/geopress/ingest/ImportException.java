package io.geopress.ingest;

import io.geopress.model.GeopressException;

/** A file that cannot be imported; the message names the file and, where there is one, the line. */
public final class ImportException extends GeopressException {
    public ImportException(String where, String what) {
        super(where + ": " + what);
    }

    public ImportException(String where, String what, Throwable cause) {
        super(where + ": " + what, cause);
    }
}
