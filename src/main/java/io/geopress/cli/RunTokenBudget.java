package io.geopress.cli;

import picocli.CommandLine.Option;

/** {@code --max-tokens} of a command that runs the model over articles one after another. */
final class RunTokenBudget {
    @Option(names = "--max-tokens", paramLabel = "N",
            description = "Start no further article once this run has used N tokens (prompt and reply; default: no limit).")
    long maxTokens;

    /** The run's budget, 0 for none. */
    long tokens() {
        if (maxTokens < 0) throw new IllegalArgumentException("--max-tokens must be at least 0");
        return maxTokens;
    }
}
