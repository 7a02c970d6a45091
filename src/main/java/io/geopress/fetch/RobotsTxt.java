package io.geopress.fetch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one site's {@code robots.txt} (RFC 9309) for one crawler: the groups naming its product token, else
 * the {@code *} groups; the longest matching {@code Allow} or {@code Disallow} pattern decides, {@code Allow} on a
 * tie; {@code *} matches any characters and a final {@code $} the end of the path.
 */
final class RobotsTxt {
    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());

    private record Rule(boolean allow, String pattern, Pattern regex) {}

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @param agent the crawler's product token, lower case */
    static RobotsTxt parse(String text, String agent) {
        List<Rule> mine = new ArrayList<>();
        List<Rule> anyone = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        boolean named = false; // a group for the agent, even one without rules, which then allows it everything
        for (String raw : text.split("\r\n|\r|\n")) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) agents.clear(); // a user-agent line after rules starts a new group
                inRules = false;
                agents.add(token(value));
                named |= token(value).equals(agent);
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (value.isEmpty()) continue; // "Disallow:" alone forbids nothing
                Rule rule = new Rule(key.equals("allow"), value, regex(encoded(value)));
                if (agents.contains(agent)) mine.add(rule);
                if (agents.contains("*")) anyone.add(rule);
            }
        }
        return new RobotsTxt(named ? mine : anyone);
    }

    /** Whether the path (with its query, as sent) may be fetched. */
    boolean allows(String pathAndQuery) {
        if (pathAndQuery.equals("/robots.txt")) return true;
        Rule best = null;
        for (Rule rule : rules) {
            if (!rule.regex().matcher(pathAndQuery).lookingAt()) continue;
            if (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow()) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** {@code Geopress/1.0 (…)} names the product token {@code geopress}. */
    private static String token(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < v.length() && v.charAt(end) != '/' && !Character.isWhitespace(v.charAt(end))) end++;
        return v.substring(0, end);
    }

    /** Characters outside ASCII written as the URL sends them, percent-encoded UTF-8. */
    private static String encoded(String pattern) {
        StringBuilder out = new StringBuilder();
        for (byte b : pattern.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0x21 && b < 0x7F) out.append((char) b);
            else out.append('%').append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    private static Pattern regex(String pattern) {
        boolean anchored = pattern.endsWith("$");
        String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        StringBuilder regex = new StringBuilder();
        for (String part : body.split("\\*", -1)) {
            if (regex.length() > 0) regex.append(".*");
            regex.append(Pattern.quote(part));
        }
        if (anchored) regex.append('$');
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
