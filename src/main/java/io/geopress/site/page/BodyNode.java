package io.geopress.site.page;

import io.geopress.model.Block;
import java.util.List;

/** The body as templates walk it: single blocks, and list items gathered into (nested) lists. */
public sealed interface BodyNode {
    record Single(Block block) implements BodyNode {}

    record ListNode(boolean ordered, List<Item> items) implements BodyNode {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** A list item and the list nested under it, if any. */
    record Item(Block block, ListNode children) {}
}
