package io.geopress.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.model.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir Path dir;
    private final Ingest ingest = new Ingest(ZoneId.of("Asia/Shanghai"));

    @Test
    void aFileWithoutExtensionIsReadByItsContentEvenAfterAByteOrderMark() throws Exception {
        Path file = dir.resolve("export");
        String line = "{\"title\":\"河道清理?\",\"source_url\":\"https://example.org/r\",\"body\":\"河道变清了。\\n\\nThe river is clean.\"}\n";
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, line.getBytes(StandardCharsets.UTF_8)));
        assertThat(Ingest.detect(file, Files.readAllBytes(file))).isEqualTo(Format.JSONL);
        assertThat(ingest.read(file, null, Progress.NONE).get(0).article().title().zh()).isEqualTo("河道清理?");
    }

    @Test
    void leadingBlankSpaceIsNotAnEmptyFile() throws Exception {
        Path file = dir.resolve("spaced.txt");
        Files.writeString(file, "\n".repeat(5000) + "小巷里的修鞋铺还在吗?\n修鞋铺开了三十年。\nThe cobbler's shop has been open for thirty years.\n");
        assertThat(ingest.read(file, null, Progress.NONE)).hasSize(1);
        Files.writeString(file, " \n\t\n".repeat(3000));
        assertThatThrownBy(() -> ingest.read(file, null, Progress.NONE)).hasMessage(file + ": empty file");
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLine() throws Exception {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, concat("标题?\n".getBytes(StandardCharsets.UTF_8), "正文。\n".getBytes("GBK")));
        assertThatThrownBy(() -> ingest.read(file, null, Progress.NONE))
                .hasMessage(file + ":2: not UTF-8 text; save the file as UTF-8");
    }

    @Test
    void aFolderIsWalkedForFilesItCanImportInPathOrder() throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/posts/2026"));
        Files.writeString(dir.resolve("content/_index.md"), "---\ntitle: 首页\n---\n");
        Files.writeString(dir.resolve("content/posts/b.md"), "x");
        Files.writeString(content.resolve("a.md"), "x");
        Files.writeString(content.resolve("notes.docx"), "x");
        Files.writeString(content.resolve(".draft.md"), "x");
        assertThat(Ingest.expand(java.util.List.of(dir.resolve("content"))))
                .containsExactly(new SourcePath(content.resolve("a.md"), "posts/2026/a.md"),
                        new SourcePath(dir.resolve("content/posts/b.md"), "posts/b.md"));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> Ingest.expand(java.util.List.of(empty))).hasMessageStartingWith(empty + ": no files to import");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
