package io.geopress.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.GeopressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way a build writes: every path it is given stays inside the build folder, or nothing is written. */
class BuildFolderPathsTest {
    @TempDir Path dir;

    @Test
    void aPathThatWouldLeaveTheFolderIsRefusedAndNothingIsWritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site/.builds/one"));
        BuildFolder folder = new BuildFolder(out, null, null, null);
        for (String path : List.of("../x", "../../../../x/index.html", "a/../../x", "a/..", "..", "/tmp/x", "a\\..\\..\\x", "",
                "a/\u0000")) {
            assertThatThrownBy(() -> folder.write(path, null, "x")).as(path).isInstanceOf(GeopressException.class)
                    .hasMessageStartingWith("refused to write '");
        }
        try (var all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
        folder.write("posts/旧文章/index.html", null, "ok");
        folder.write("a..b/c.d", null, "ok");
        assertThat(out.resolve("posts/旧文章/index.html")).hasContent("ok");
        assertThat(out.resolve("a..b/c.d")).hasContent("ok");
    }
}
