package io.geopress.llm;

import java.time.Duration;
import java.util.Locale;

/** Durations as messages show them: "0.3 s", "12 s". */
final class Seconds {
    private Seconds() {}

    static String of(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return seconds < 10 && seconds != Math.rint(seconds)
                ? String.format(Locale.ROOT, "%.1f s", seconds)
                : Math.round(seconds) + " s";
    }
}
