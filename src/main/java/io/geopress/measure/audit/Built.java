package io.geopress.measure.audit;

import io.geopress.site.ArticlePreview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the built site ({@code public/}) holds, read once: the audit needs no build, and only notes what it finds.
 *
 * @param llmsTxt its llms.txt, empty when there is none; likewise {@code robotsTxt}
 */
record Built(Path folder, boolean exists, String llmsTxt, String robotsTxt) {
    static Built of(Path siteDir) {
        Path folder = siteDir.resolve("public");
        if (!Files.isDirectory(folder)) return new Built(folder, false, "", "");
        return new Built(folder, true, read(folder.resolve(ArticlePreview.LLMS_TXT)), read(folder.resolve(ArticlePreview.ROBOTS_TXT)));
    }

    boolean has(String path) {
        return exists && Files.isRegularFile(folder.resolve(path));
    }

    /** Whether its llms.txt links to {@code url}. */
    boolean lists(String url) {
        return llmsTxt.contains("](" + url + ")");
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
