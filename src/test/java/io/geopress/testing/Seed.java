package io.geopress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The real page the project is judged against, read from {@code ../shared/seeds/} (never copied into the
 * repository). Tests skip, saying so, only when that folder is absent.
 */
public final class Seed {
    public static final String FILE = "000_dd3853d4bfc0b14a.txt";

    private Seed() {}

    public static Path path() {
        Path dir = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        Path seed = dir.resolve(FILE);
        if (!Files.isRegularFile(seed)) {
            String why = "SKIPPED: the seed page " + seed + " is absent; place ../shared/seeds/ beside the repository";
            System.out.println(why);
            Assumptions.abort(why);
        }
        return seed;
    }

    /** Line {@code n} (1-based) of the seed, without surrounding white space. */
    public static String line(int n) {
        return lines().get(n - 1).strip();
    }

    public static List<String> lines() {
        try {
            return Files.readAllLines(path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text as compared in tests: NFKC (full-width colon = ASCII colon), bullets dropped, white space collapsed. */
    public static String normal(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        t = t.replaceFirst("^\\s*[•·]\\s*", "");
        return t.replaceAll("\\s+", " ").strip();
    }
}
