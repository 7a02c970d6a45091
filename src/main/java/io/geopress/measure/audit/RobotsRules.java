package io.geopress.measure.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The groups of a robots.txt as RFC 9309 reads them: a crawler follows the group naming it, else the {@code *} group;
 * of the rules whose path starts the address, the longest wins, and an Allow wins a tie.
 */
final class RobotsRules {
    private record Rule(boolean allow, String path) {}

    private final Map<String, List<Rule>> groups;

    private RobotsRules(Map<String, List<Rule>> groups) {
        this.groups = groups;
    }

    static RobotsRules parse(String text) {
        Map<String, List<Rule>> groups = new LinkedHashMap<>();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) agents = new ArrayList<>();
                inRules = false;
                agents.add(value.toLowerCase(Locale.ROOT));
                groups.computeIfAbsent(value.toLowerCase(Locale.ROOT), a -> new ArrayList<>());
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                // an empty Disallow disallows nothing
                if (value.isEmpty()) continue;
                Rule rule = new Rule(key.equals("allow"), value);
                for (String agent : agents) groups.get(agent).add(rule);
            }
        }
        return new RobotsRules(groups);
    }

    /** Whether {@code agent} may fetch {@code path}. */
    boolean allows(String agent, String path) {
        List<Rule> rules = groups.get(agent.toLowerCase(Locale.ROOT));
        if (rules == null) rules = groups.getOrDefault("*", List.of());
        Rule best = null;
        for (Rule r : rules) {
            if (!path.startsWith(r.path())) continue;
            if (best == null || r.path().length() > best.path().length() || (r.path().length() == best.path().length() && r.allow())) best = r;
        }
        return best == null || best.allow();
    }
}
