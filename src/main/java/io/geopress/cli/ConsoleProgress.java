package io.geopress.cli;

import io.geopress.model.Progress;
import java.io.PrintStream;

/**
 * A progress bar on a terminal; elsewhere (logs, pipes) a counter line every tenth of the way, so long work shows
 * progress without flooding a log.
 */
final class ConsoleProgress implements Progress {
    private static final int WIDTH = 30;
    private final PrintStream err = System.err;
    private final boolean terminal = System.console() != null;
    private String what = "";
    private long total;
    private long lastShown = -1;
    private boolean bytes;

    @Override
    public synchronized void start(String what, long total) {
        this.what = what;
        this.total = total;
        this.lastShown = -1;
        this.bytes = false;
    }

    @Override
    public synchronized void startBytes(String what, long totalBytes) {
        start(what, totalBytes);
        this.bytes = true;
    }

    @Override
    public synchronized void advance(long done) {
        if (total <= 0) return;
        long step = terminal ? Math.max(1, total / 200) : Math.max(1, total / 10);
        if (done != total && lastShown >= 0 && done - lastShown < step) return;
        lastShown = done;
        int filled = (int) (WIDTH * done / total);
        String count = bytes ? String.format("%.1f/%.1f MB", done / 1048576.0, total / 1048576.0) : done + "/" + total;
        String line = String.format("%s [%s%s] %s", what, "#".repeat(filled), ".".repeat(WIDTH - filled), count);
        if (terminal) {
            Terminal.carriageReturn(err);
            err.print(line);
            err.flush();
        } else {
            err.println(line);
        }
    }

    @Override
    public synchronized void finish() {
        if (terminal && lastShown >= 0) err.println();
    }
}
