package io.geopress.model;

/** Receives progress of long work; the CLI draws it as a bar. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(String what, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
    };

    void start(String what, long total);

    /** Starts work measured in bytes (a file read as it streams); a bar may show them as megabytes. */
    default void startBytes(String what, long totalBytes) {
        start(what, totalBytes);
    }

    /** Called with the number of units done so far. */
    void advance(long done);

    void finish();
}
