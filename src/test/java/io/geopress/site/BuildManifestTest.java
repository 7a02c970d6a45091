package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest reads back what it wrote, and anything else (another version's, a cut one) is no manifest. */
class BuildManifestTest {
    @TempDir Path folder;

    private final BuildManifest manifest = new BuildManifest("f1", Map.of("index.html", "k1", "tags/城市/index.html", "k2"),
            Map.of("trams", "3@2025-07-20T00:00+08:00@2025-07-21T00:00+08:00", "城市", "1@x@y"),
            Map.of("llms-full.txt", Map.of("trams", new BuildManifest.Part(120, 4096), "城市", new BuildManifest.Part(0, 120)),
                    "llms.txt", Map.of("trams", new BuildManifest.Part(7, 90), "gone", new BuildManifest.Part(97, 12)),
                    "sitemap.xml", Map.of()));

    @Test
    void readsBackWhatItWrote() throws Exception {
        manifest.write(folder);
        assertThat(BuildManifest.read(folder)).contains(manifest);
    }

    @Test
    void aManifestCutShortOrOfAnotherShapeIsNone() throws Exception {
        manifest.write(folder);
        Path file = folder.resolve(BuildManifest.FILE);
        String text = Files.readString(file);
        for (String broken : new String[] {text.substring(0, text.length() - 3), text.replace("trams\t120\t4096", "trams\t120"),
                text.replace("trams\t120\t4096", "trams\t120\t4096\t1"), text.replace("\t120\t4096", "\t12x\t4096"),
                text.replace("part\tllms.txt\tgone\t97\t12", "part\tllms.txt\tgone\t97"),
                text + "file\ta\tb\tc\n", text + "\n", text.replace("fingerprint\tf1\n", ""), "geopress build manifest 1\n" + text.substring(text.indexOf('\n') + 1)}) {
            Files.write(file, broken.getBytes(StandardCharsets.UTF_8));
            assertThat(BuildManifest.read(folder)).as(broken).isEmpty();
        }
        Files.delete(file);
        assertThat(BuildManifest.read(folder)).isEmpty();
    }
}
