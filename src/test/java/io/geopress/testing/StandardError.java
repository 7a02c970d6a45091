package io.geopress.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What is written to System.err while an action runs: the log, which slf4j-simple writes there. */
public final class StandardError {
    private StandardError() {}

    public interface Action {
        void run() throws Exception;
    }

    public static String during(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text); // still shown in the test's output
        return text;
    }
}
