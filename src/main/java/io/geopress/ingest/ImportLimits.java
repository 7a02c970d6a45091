package io.geopress.ingest;

/**
 * How much one import may read, so that no input can exhaust memory (the {@code import:} section of geopress.yml).
 * Nesting and the lengths of single fields have fixed limits of their own ({@link Checks}).
 *
 * @param fileBytes the largest file holding one article (text, HTML, Markdown)
 * @param recordBytes the largest line of a JSON Lines file; the file as a whole has no limit, as it is streamed
 */
public record ImportLimits(long fileBytes, long recordBytes) {
    public static final long MB = 1024 * 1024;
    public static final ImportLimits DEFAULT = new ImportLimits(50 * MB, 20 * MB);

    /** A size for a message: "50 MB", or bytes below a megabyte. */
    static String size(long bytes) {
        return bytes >= MB ? bytes / MB + " MB" : bytes + " bytes";
    }

    public ImportLimits {
        if (fileBytes < 1 || recordBytes < 1) throw new IllegalArgumentException("import limits must be positive");
    }
}
