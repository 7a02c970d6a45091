package io.geopress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The W3C Nu Html Checker (vnu), run in its own JVM: its Jetty must not share a
 * classpath with Javalin's (DESIGN.md §4).
 *
 * <p>Where the checker comes from, first found wins:
 * <ol>
 *   <li>{@code GEOPRESS_VNU_JAR}, as a system property or an environment variable: a
 *       self-contained {@code vnu.jar}; when set, nothing else is tried;</li>
 *   <li>{@code target/vnu/validator-*.jar} with its dependencies beside it, copied from
 *       Maven Central by the pom ({@code mvn generate-test-resources}, part of every
 *       {@code mvn test});</li>
 *   <li>{@code .cache/vnu/vnu.jar}, unpacked from the npm package:
 *       {@code npm pack vnu-jar}, then {@code package/build/dist/vnu.jar}.</li>
 * </ol>
 *
 * <p>Usage in a test: {@code List<String> errors = NuChecker.orAbort().errors(files);}
 * Each error reads {@code PATH:LINE.COL-LINE.COL: error: MESSAGE}.
 */
public final class NuChecker {

    public static final String JAR_VARIABLE = "GEOPRESS_VNU_JAR";
    static final String MAIN_CLASS = "nu.validator.client.SimpleCommandLineValidator";

    /** One JVM per batch; a batch stays well below the kernel's argument limit. */
    private static final int MAX_FILES_PER_RUN = 500;
    private static final int MAX_ARGUMENT_CHARS = 100_000;
    private static final long TIMEOUT_MINUTES = 10;

    /** A line of vnu's {@code --format gnu}: {@code "file:/a/b.html":3.11-3.13: error: …}. */
    private static final Pattern GNU_LINE = Pattern.compile("^\"(file:[^\"]*)\":(.*)$");

    private final Path jar;
    private final String classpath;

    public NuChecker(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no Nu Html Checker jar at " + jar);
        }
        this.jar = jar.toAbsolutePath().normalize();
        this.classpath = classpathFor(this.jar);
    }

    /** Where the checker's jar is, or empty when none of the places above has one. */
    public static Optional<Path> locateJar() {
        return candidates().stream().filter(Files::isRegularFile).findFirst();
    }

    /**
     * The checker, or the end of the calling test: skipped with a message that says how
     * to get the checker, or failed when the environment variable {@code CI} is
     * {@code true}, so that CI never passes without having checked.
     */
    public static NuChecker orAbort() {
        Optional<Path> found = locateJar();
        if (found.isPresent()) {
            return new NuChecker(found.get());
        }
        String message = whyMissing();
        if ("true".equals(System.getenv("CI"))) {
            return Assertions.fail(message + " (CI=true: a missing checker fails the build)");
        }
        return Assumptions.abort(message);
    }

    static String whyMissing() {
        StringBuilder looked = new StringBuilder();
        for (Path candidate : candidates()) {
            looked.append("\n  ").append(candidate);
        }
        return "Nu Html Checker not found; looked at:" + looked
                + "\nGet it with `mvn generate-test-resources` (copies nu.validator:validator and its"
                + " dependencies into target/vnu/), or set " + JAR_VARIABLE + " to a vnu.jar"
                + " (`npm pack vnu-jar`, then package/build/dist/vnu.jar), or put that jar at .cache/vnu/vnu.jar.";
    }

    public Path jar() {
        return jar;
    }

    /**
     * Checks the files with {@code --errors-only}, many per JVM, and returns one line per
     * error, naming the file as given and the line. Empty when all are valid.
     *
     * @throws IllegalArgumentException when a file does not exist (vnu would skip it silently)
     * @throws IllegalStateException when the checker itself fails
     */
    public List<String> errors(List<Path> htmlFiles) {
        Map<Path, String> names = new HashMap<>();
        for (Path file : htmlFiles) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such HTML file: " + file);
            }
            names.put(file.toAbsolutePath().normalize(), file.toString());
        }
        List<String> errors = new ArrayList<>();
        for (List<Path> batch : batches(List.copyOf(new LinkedHashSet<>(names.keySet())))) {
            for (String line : run(batch)) {
                errors.add(renamed(line, names));
            }
        }
        return List.copyOf(errors);
    }

    private List<String> run(List<Path> batch) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss16m",
                "-Dsun.stdout.encoding=UTF-8",
                "-cp", classpath,
                MAIN_CLASS,
                "--errors-only", "--format", "gnu", "--stdout"));
        batch.forEach(file -> command.add(file.toString()));
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("vnu-", ".out");
            err = Files.createTempFile("vnu-", ".err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // Under the C locale the JVM cannot open non-ASCII file names and vnu then
            // skips them without a word: force UTF-8 file names.
            builder.environment().put("LC_ALL", "C.UTF-8");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Nu Html Checker took over " + TIMEOUT_MINUTES
                        + " minutes on " + batch.size() + " files");
            }
            int exit = process.exitValue();
            List<String> lines = nonBlank(Files.readAllLines(out, StandardCharsets.UTF_8));
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            boolean crashed = stderr.contains("Exception") || stderr.contains("Error:");
            if (crashed || exit > 1 || (exit == 1 && lines.isEmpty())) {
                throw new IllegalStateException("Nu Html Checker failed (exit " + exit + ") running "
                        + String.join(" ", command.subList(0, command.size() - batch.size()))
                        + " …\n" + stderr + String.join("\n", lines));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run the Nu Html Checker " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking HTML", e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** {@code "file:/abs/a.html":3.1-3.5: error: m} becomes {@code a.html:3.1-3.5: error: m}. */
    private static String renamed(String line, Map<Path, String> names) {
        Matcher m = GNU_LINE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String name = m.group(1);
        try {
            Path path = Path.of(new URI(m.group(1))).toAbsolutePath().normalize();
            name = names.getOrDefault(path, path.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // keep vnu's own spelling of the file
        }
        return name + ":" + m.group(2);
    }

    private static List<List<Path>> batches(List<Path> files) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> current = new ArrayList<>();
        int chars = 0;
        for (Path file : files) {
            int length = file.toString().length() + 1;
            if (!current.isEmpty() && (current.size() == MAX_FILES_PER_RUN || chars + length > MAX_ARGUMENT_CHARS)) {
                batches.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(file);
            chars += length;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getProperty(JAR_VARIABLE, System.getenv(JAR_VARIABLE));
        if (configured != null && !configured.isBlank()) {
            return List.of(Path.of(configured)); // asked for this one: no silent fallback
        }
        Set<Path> roots = new LinkedHashSet<>();
        buildDirectory().ifPresent(build -> {
            candidates.add(mavenCopy(build.resolve("vnu")));
            roots.add(build.getParent());
        });
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(mavenCopy(cwd.resolve("target").resolve("vnu")));
        roots.add(cwd);
        for (Path root : roots) {
            candidates.add(root.resolve(".cache").resolve("vnu").resolve("vnu.jar"));
        }
        return List.copyOf(new LinkedHashSet<>(candidates));
    }

    /** The validator jar in a folder filled by the pom, or where it would be. */
    private static Path mavenCopy(Path dir) {
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(dir, "validator-*.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir.resolve("validator-VERSION.jar");
    }

    /** The Maven build folder: test classes are compiled into its test-classes/. */
    private static Optional<Path> buildDirectory() {
        try {
            URL location = NuChecker.class.getProtectionDomain().getCodeSource().getLocation();
            Path classes = Path.of(location.toURI());
            return Optional.ofNullable(classes.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The Maven copy needs its dependencies beside it; a vnu.jar carries its own. */
    private static String classpathFor(Path jar) {
        String name = jar.getFileName().toString();
        if (name.startsWith("validator-") && jar.getParent() != null) {
            return jar.getParent().resolve("*").toString();
        }
        return jar.toString();
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).toList();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temp file left behind is harmless
            }
        }
    }
}
