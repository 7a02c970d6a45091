package io.geopress.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's prompt, read from {@code prompts/<step>.v<version>.txt}: the system message, a line {@code ---}, then the
 * user message with {@code {{name}}} slots. A changed prompt gets a new version, so cached replies to the old one
 * are not reused and provenance says which prompt wrote a part.
 */
record Prompt(String step, int version, String system, String user) {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z]+)}}");

    static Prompt load(String step, int version) {
        String name = "/prompts/" + step + ".v" + version + ".txt";
        try (InputStream in = Prompt.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("prompt missing from the jar: " + name);
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = text.indexOf("\n---\n");
            if (split < 0) throw new IllegalStateException(name + ": no line '---' between system and user message");
            return new Prompt(step, version, text.substring(0, split).strip(), text.substring(split + 5).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(name, e);
        }
    }

    /** {@code translate v1}: the prompt as provenance and cache keys name it. */
    String detail() {
        return step + " v" + version;
    }

    /** The user message with its slots filled in one pass: a value that holds {@code {{name}}} is not filled again. */
    String user(Map<String, String> values) {
        Matcher slot = SLOT.matcher(user);
        StringBuilder text = new StringBuilder(user.length());
        while (slot.find()) {
            String value = values.get(slot.group(1));
            slot.appendReplacement(text, Matcher.quoteReplacement(value == null ? slot.group() : value));
        }
        return slot.appendTail(text).toString();
    }
}
