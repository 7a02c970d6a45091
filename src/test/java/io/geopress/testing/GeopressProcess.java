package io.geopress.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs geopress as a real separate process, with the classes under test. */
public final class GeopressProcess {
    private GeopressProcess() {}

    public static ProcessBuilder builder(Path workingDir, Map<String, String> env, String... args) {
        return builder(workingDir, env, List.of(), args);
    }

    /** As {@link #builder(Path, Map, String...)}, the JVM run with {@code jvmOptions} too (-Xmx128m, say). */
    public static ProcessBuilder builder(Path workingDir, Map<String, String> env, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-XX:TieredStopAtLevel=1"); // short runs: the quick JIT starts sooner
        command.add("-XX:+UseSerialGC");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.geopress.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        pb.environment().putAll(env);
        return pb;
    }

    /** Runs to the end; stdout and stderr are collected. */
    public static Result run(Path workingDir, String... args) throws IOException, InterruptedException {
        Process p = builder(workingDir, Map.of(), args).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        return new Result(p.waitFor(), new String(out, java.nio.charset.StandardCharsets.UTF_8),
                new String(err, java.nio.charset.StandardCharsets.UTF_8));
    }

    public record Result(int exitCode, String out, String err) {}
}
