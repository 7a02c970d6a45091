package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lucene classes that initialize each other are initialized together when SearchIndex is, before any thread can
 * start on one of them (apache/lucene#12419: a build's warm-up and its index deadlocked). Checked in a new JVM,
 * since this one has long initialized them.
 */
class LuceneInitializationTest {
    static final List<String> MUTUAL = List.of(SearchIndex.TEST_SECRETS, "org.apache.lucene.index.IndexWriter",
            "org.apache.lucene.index.ConcurrentMergeScheduler", "org.apache.lucene.index.SegmentReader",
            "org.apache.lucene.store.FilterIndexInput");

    /** Run in the new JVM: prints each class that is still to be initialized after SearchIndex is. */
    public static void main(String[] args) throws Exception {
        Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        Class.forName(SearchIndex.class.getName(), true, LuceneInitializationTest.class.getClassLoader());
        for (String name : MUTUAL) {
            Class<?> type = Class.forName(name, false, LuceneInitializationTest.class.getClassLoader());
            if (unsafe.shouldBeInitialized(type)) System.out.println("not initialized: " + name);
        }
        System.out.println("checked");
    }

    @Test
    void searchIndexInitializesLucenesMutuallyInitializingClassesFirst() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LuceneInitializationTest.class.getName()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("checked").doesNotContain("not initialized");
    }
}
