package io.geopress.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One block of an article body.
 *
 * @param level for a heading its level (2 to 6, the page title being 1); for a list item its depth (1 for a
 *     top-level item); 0 otherwise
 * @param ordered for a list item, whether its list is numbered
 * @param text the block's running text; for a figure or a table its caption; empty for code and a rule
 * @param detail what a figure, table, code block or footnote holds beyond its text; null for the other kinds
 * @param id the block's stable id (DESIGN.md §2), given by the store when the article is saved and kept across
 *     revisions; null until then
 */
public record Block(BlockKind kind, int level, boolean ordered, Bilingual text, Set<BlockFlag> flags, Detail detail, String id) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** What a block of one of the kinds beyond running text holds. */
    public sealed interface Detail permits Figure, Table, Snippet, Footnote {}

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
        Class<? extends Detail> needed = switch (kind) {
            case FIGURE -> Figure.class;
            case TABLE -> Table.class;
            case CODE -> Snippet.class;
            case FOOTNOTE -> Footnote.class;
            default -> null;
        };
        if (needed == null ? detail != null : !needed.isInstance(detail)) {
            throw new IllegalArgumentException(kind + " block needs " + (needed == null ? "no detail" : needed.getSimpleName()));
        }
        if (kind == BlockKind.CODE || kind == BlockKind.RULE) text = Bilingual.EMPTY;
        if (id != null && !ID.matcher(id).matches()) throw new IllegalArgumentException("bad block id: " + id);
    }

    public Block(BlockKind kind, int level, boolean ordered, Bilingual text, Set<BlockFlag> flags) {
        this(kind, level, ordered, text, flags, null, null);
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

    /** A figure: an image with its caption in both languages. */
    public static Block figure(Figure image, Bilingual caption) {
        return new Block(BlockKind.FIGURE, 0, false, caption, Set.of(), image, null);
    }

    public static Block table(Table table, Bilingual caption) {
        return new Block(BlockKind.TABLE, 0, false, caption, Set.of(), table, null);
    }

    public static Block code(String language, String code) {
        return new Block(BlockKind.CODE, 0, false, Bilingual.EMPTY, Set.of(), new Snippet(language, code), null);
    }

    public static Block rule() {
        return new Block(BlockKind.RULE, 0, false, Bilingual.EMPTY, Set.of(), null, null);
    }

    /** The text of footnote {@code label}, which {@link Inline.NoteRef}s refer to. */
    public static Block footnote(String label, Bilingual text) {
        return new Block(BlockKind.FOOTNOTE, 0, false, text, Set.of(), new Footnote(label), null);
    }

    public boolean has(BlockFlag flag) {
        return flags.contains(flag);
    }

    /** The image of a figure, or null for another kind. */
    public Figure figure() {
        return detail instanceof Figure f ? f : null;
    }

    public Table table() {
        return detail instanceof Table t ? t : null;
    }

    public Snippet snippet() {
        return detail instanceof Snippet s ? s : null;
    }

    public Footnote footnote() {
        return detail instanceof Footnote f ? f : null;
    }

    /** The language a model wrote by translation, or null when both texts came from the source. */
    public Lang machineTranslated() {
        return has(BlockFlag.MACHINE_TRANSLATED_ZH) ? Lang.ZH : has(BlockFlag.MACHINE_TRANSLATED_EN) ? Lang.EN : null;
    }

    public Block withFlag(BlockFlag flag) {
        EnumSet<BlockFlag> more = EnumSet.of(flag);
        more.addAll(flags);
        return new Block(kind, level, ordered, text, more, detail, id);
    }

    public Block withText(Bilingual replaced) {
        return new Block(kind, level, ordered, replaced, flags, detail, id);
    }

    public Block withFlags(Set<BlockFlag> replaced) {
        return new Block(kind, level, ordered, text, replaced, detail, id);
    }

    public Block withDetail(Detail replaced) {
        return new Block(kind, level, ordered, text, flags, replaced, id);
    }

    public Block withId(String given) {
        return new Block(kind, level, ordered, text, flags, detail, given);
    }
}
