package io.geopress.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuCheckerTest {

    private static final String VALID_BILINGUAL = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>茶叶怎样保存? How to keep tea</title></head>
            <body>
            <h1>茶叶怎样保存?</h1>
            <p>把茶叶放在阴凉干燥的地方。</p>
            <p lang="en">Keep tea in a cool, dry place.</p>
            </body>
            </html>
            """;

    /** No title, and a paragraph straight inside a list: two errors, on lines 3 and 5. */
    private static final String INVALID = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"></head>
            <body>
            <ul><p>不是列表项</p></ul>
            </body>
            </html>
            """;

    @TempDir
    static Path dir;

    private static NuChecker checker;
    private static Path valid;
    private static Path invalid;
    private static List<String> errors;

    /**
     * Checks both files in one run, once. Each test asks for the checker itself, so that a
     * missing checker shows as a skipped (or, with CI=true, failed) test with its reason,
     * not as a class that ran nothing.
     */
    private static synchronized List<String> errorsOfBothFiles() throws IOException {
        checker = NuChecker.orAbort();
        if (errors == null) {
            valid = write("valid.html", VALID_BILINGUAL);
            // a non-ASCII name with a space: vnu skips such files silently under the C locale
            invalid = write("无效 页面.html", INVALID);
            errors = checker.errors(List.of(valid, invalid));
        }
        return errors;
    }

    @Test
    void reportsEachErrorOfTheInvalidDocumentWithItsFileAndLine() throws IOException {
        List<String> errors = errorsOfBothFiles();
        assertThat(errors).hasSize(2);
        assertThat(errors).allSatisfy(line -> assertThat(line).startsWith(invalid + ":"));
        assertThat(errors).anySatisfy(line -> assertThat(line)
                .startsWith(invalid + ":3.").contains("error:").contains("title"));
        assertThat(errors).anySatisfy(line -> assertThat(line)
                .startsWith(invalid + ":5.").contains("error:").contains("“p”").contains("“ul”"));
    }

    @Test
    void findsNothingInAValidBilingualDocument() throws IOException {
        List<String> errors = errorsOfBothFiles();
        assertThat(errors).noneMatch(line -> line.contains("valid.html:"));
        assertThat(checker.errors(List.of())).isEmpty();
    }

    @Test
    void refusesAFileThatDoesNotExistInsteadOfPassingIt() throws IOException {
        errorsOfBothFiles();
        Path missing = dir.resolve("missing.html");
        assertThatThrownBy(() -> checker.errors(List.of(valid, missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing.html");
    }

    @Test
    void tellsHowToGetTheCheckerWhenItIsMissing() {
        assertThat(NuChecker.whyMissing())
                .contains("mvn generate-test-resources")
                .contains(NuChecker.JAR_VARIABLE)
                .contains("npm pack vnu-jar");
    }

    private static Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }
}
