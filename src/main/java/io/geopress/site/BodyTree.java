package io.geopress.site;

import io.geopress.model.Block;
import io.geopress.model.BlockKind;
import io.geopress.site.page.BodyNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The body as pages show it, footnotes apart (they are listed at its end). Gathers runs of list items into lists, nesting deeper items under the item before them, at most {@link #MAX_DEPTH}
 * lists deep (import keeps lists shallower; deeper items of an old store are shown as siblings).
 */
final class BodyTree {
    static final int MAX_DEPTH = 16;

    private BodyTree() {}

    static List<BodyNode> of(List<Block> blocks) {
        List<BodyNode> nodes = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.FOOTNOTE) {
                i++;
                continue;
            }
            if (b.kind() != BlockKind.LIST_ITEM) {
                nodes.add(new BodyNode.Single(b));
                i++;
                continue;
            }
            int end = i;
            while (end < blocks.size() && blocks.get(end).kind() == BlockKind.LIST_ITEM) end++;
            nodes.add(list(blocks.subList(i, end), 1));
            i = end;
        }
        return nodes;
    }

    /** Each item takes the deeper items that follow it as its nested list. */
    private static BodyNode.ListNode list(List<Block> items, int depth) {
        List<BodyNode.Item> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            Block item = items.get(i);
            int end = i + 1;
            if (depth < MAX_DEPTH) while (end < items.size() && items.get(end).level() > item.level()) end++;
            List<Block> children = items.subList(i + 1, end);
            out.add(new BodyNode.Item(item, children.isEmpty() ? null : list(children, depth + 1)));
            i = end;
        }
        return new BodyNode.ListNode(items.get(0).ordered(), out);
    }
}
