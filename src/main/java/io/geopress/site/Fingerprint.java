package io.geopress.site;

import io.geopress.config.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every page of a build depends on: the settings, the style sheet and scripts, the theme's templates and the geopress
 * that renders them. A build whose fingerprint differs from the previous build's renders everything.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(SiteConfig config, List<String> assets, Path theme) {
        List<Object> inputs = new ArrayList<>(List.of(RecordText.of(config), BuildFolder.key(assets.toArray()), engine()));
        if (Files.isDirectory(theme)) {
            try (Stream<Path> files = Files.walk(theme)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    inputs.add(theme.relativize(file) + "=" + Files.readString(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BuildFolder.key(inputs.toArray());
    }

    /** The geopress jar by its version, size and time, so that an upgrade renders everything once. */
    private static String engine() {
        String version = Fingerprint.class.getPackage().getImplementationVersion();
        try {
            Path code = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(code)) return version + " classes";
            return version + " " + Files.size(code) + " " + Files.getLastModifiedTime(code);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return version + " unknown";
        }
    }
}
