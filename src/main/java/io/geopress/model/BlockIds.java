package io.geopress.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives every block of a body its stable id ({@code b1}, {@code b2}, …): a block that has one keeps it; another
 * takes the id of the block of the previous revision that it repeats (same kind, text and detail, in order), else of
 * the block at its position when that is of the same kind and unclaimed (its text was edited), else a new number.
 */
public final class BlockIds {
    private static final String PREFIX = "b";
    /** How far past the last matched block an edited block's old place is looked for. */
    private static final int WINDOW = 32;

    private BlockIds() {}

    /** The id the block at {@code position} (from 0) had before ids were stored: how old revisions are read. */
    public static String positional(int position) {
        return PREFIX + (position + 1);
    }

    public static List<Block> assign(List<Block> body, List<Block> previous) {
        Set<String> taken = new HashSet<>();
        for (Block b : body) if (b.id() != null && !taken.add(b.id())) return assign(withoutIds(body), previous);
        if (taken.size() == body.size()) return body;
        int next = highest(previous, highest(body, 0)) + 1;
        Map<Object, ArrayDeque<String>> repeated = new HashMap<>();
        for (Block b : previous) {
            if (b.id() != null && !taken.contains(b.id())) repeated.computeIfAbsent(key(b), k -> new ArrayDeque<>()).add(b.id());
        }
        String[] ids = new String[body.size()];
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (b.id() != null) {
                ids[i] = b.id();
                continue;
            }
            ArrayDeque<String> same = repeated.get(key(b));
            while (same != null && !same.isEmpty() && ids[i] == null) {
                String id = same.poll();
                if (taken.add(id)) ids[i] = id;
            }
        }
        // an edited block takes the first unclaimed block of its kind after the previous block matched before it
        Map<String, Integer> before = new HashMap<>();
        for (int p = 0; p < previous.size(); p++) if (previous.get(p).id() != null) before.put(previous.get(p).id(), p);
        Map<String, Integer> claimedAt = new HashMap<>();
        for (int i = 0; i < ids.length; i++) if (ids[i] != null) claimedAt.put(ids[i], i);
        List<Block> out = new ArrayList<>(body.size());
        int after = 0;
        for (int i = 0; i < body.size(); i++) {
            Block b = body.get(i);
            if (ids[i] != null && before.containsKey(ids[i])) after = before.get(ids[i]) + 1;
            for (int p = after; ids[i] == null && p < Math.min(previous.size(), after + WINDOW); p++) {
                Block old = previous.get(p);
                if (old.id() != null && claimedAt.getOrDefault(old.id(), -1) > i) break; // blocks would cross
                if (old.kind() == b.kind() && old.id() != null && taken.add(old.id())) {
                    ids[i] = old.id();
                    after = p + 1;
                }
            }
            if (ids[i] == null) {
                while (!taken.add(PREFIX + next)) next++;
                ids[i] = PREFIX + next++;
            }
            out.add(Objects.equals(b.id(), ids[i]) ? b : b.withId(ids[i]));
        }
        return List.copyOf(out);
    }

    private static List<Block> withoutIds(List<Block> body) {
        return body.stream().map(b -> b.withId(null)).toList();
    }

    private static Object key(Block b) {
        return List.of(b.kind(), b.level(), b.text(), b.detail() == null ? "" : b.detail());
    }

    private static int highest(List<Block> blocks, int from) {
        int highest = from;
        for (Block b : blocks) {
            String id = b.id();
            if (id == null || !id.startsWith(PREFIX)) continue;
            try {
                highest = Math.max(highest, Integer.parseInt(id.substring(PREFIX.length())));
            } catch (NumberFormatException e) {
                // an id of another form (given by hand) leaves the numbering alone
            }
        }
        return highest;
    }
}
