package io.geopress.ingest;

/**
 * How much one import may read, so that no input can exhaust memory (the {@code import:} section of geopress.yml).
 * Nesting and the lengths of single fields have fixed limits of their own ({@link Checks}).
 *
 * @param fileBytes the largest file holding one article (text, HTML, Markdown)
 * @param recordBytes the largest line of a JSON Lines file; the file as a whole has no limit, as it is streamed
 * @param tableRows the most rows a table may have; a larger one is refused, naming file and line
 * @param tableColumns the most columns a table may have
 * @param imageBytes the largest local image a figure may name; a larger one is left out of the media store with a
 *     warning (the figure kept with its caption, flagged)
 */
public record ImportLimits(long fileBytes, long recordBytes, int tableRows, int tableColumns, long imageBytes) {
    public static final long MB = 1024 * 1024;
    public static final ImportLimits DEFAULT = new ImportLimits(50 * MB, 20 * MB, 500, 50, 20 * MB);

    public ImportLimits(long fileBytes, long recordBytes) {
        this(fileBytes, recordBytes, DEFAULT.tableRows, DEFAULT.tableColumns, DEFAULT.imageBytes);
    }

    /** A size for a message: "50 MB", or bytes below a megabyte. */
    static String size(long bytes) {
        return bytes >= MB ? bytes / MB + " MB" : bytes + " bytes";
    }

    public ImportLimits {
        if (fileBytes < 1 || recordBytes < 1 || tableRows < 1 || tableColumns < 1 || imageBytes < 1) throw new IllegalArgumentException("import limits must be positive");
    }
}
