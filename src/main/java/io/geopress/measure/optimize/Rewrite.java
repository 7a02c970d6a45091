package io.geopress.measure.optimize;

import io.geopress.model.Bilingual;
import io.geopress.model.BlockKind;
import java.util.List;

/**
 * A rewrite of one body block: the blocks that take its place, one for a rewrite in place, several when it is split
 * or made a list.
 *
 * @param block the block's position in the body (from 0)
 */
record Rewrite(int block, List<Part> parts) {
    Rewrite {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("a rewrite needs at least one block");
    }

    /** One block of a rewrite: its kind and its text, in the language rewritten or, where it is known, in both. */
    record Part(BlockKind kind, Bilingual text) {}
}
