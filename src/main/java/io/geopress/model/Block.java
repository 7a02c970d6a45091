package io.geopress.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One block of an article body.
 *
 * @param level for a heading its level (2 to 6, the page title being 1); for a list item its depth (1 for a
 *     top-level item); 0 otherwise
 * @param ordered for a list item, whether its list is numbered
 */
public record Block(BlockKind kind, int level, boolean ordered, Bilingual text, Set<BlockFlag> flags) {
    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        // an EnumSet keeps enum order, so the stored JSON (and its hash) is the same in every run
        flags = flags == null || flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        switch (kind) {
            case HEADING -> {
                if (level < 2 || level > 6) throw new IllegalArgumentException("heading level must be 2..6: " + level);
            }
            case LIST_ITEM -> {
                if (level < 1) throw new IllegalArgumentException("list depth must be at least 1: " + level);
            }
            default -> level = 0;
        }
        if (kind != BlockKind.LIST_ITEM) ordered = false;
    }

    public static Block heading(int level, Bilingual text) {
        return new Block(BlockKind.HEADING, level, false, text, Set.of());
    }

    public static Block paragraph(Bilingual text) {
        return new Block(BlockKind.PARAGRAPH, 0, false, text, Set.of());
    }

    public static Block item(int depth, boolean ordered, Bilingual text) {
        return new Block(BlockKind.LIST_ITEM, depth, ordered, text, Set.of());
    }

    public static Block quote(Bilingual text) {
        return new Block(BlockKind.QUOTE, 0, false, text, Set.of());
    }

    public boolean has(BlockFlag flag) {
        return flags.contains(flag);
    }

    /** The language a model wrote by translation, or null when both texts came from the source. */
    public Lang machineTranslated() {
        return has(BlockFlag.MACHINE_TRANSLATED_ZH) ? Lang.ZH : has(BlockFlag.MACHINE_TRANSLATED_EN) ? Lang.EN : null;
    }

    public Block withFlag(BlockFlag flag) {
        EnumSet<BlockFlag> more = EnumSet.of(flag);
        more.addAll(flags);
        return new Block(kind, level, ordered, text, more);
    }

}
