package io.geopress.enrich;

import io.geopress.model.Block;
import io.geopress.model.BlockFlag;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body as its translations come in, batch by batch, and the flags they earn: a block whose text or cells a model
 * wrote is machine-translated into that language (an alt text alone, which no reader sees as text, does not make it
 * so); one with a translation that failed its checks twice needs review; one that lacks nothing more is no longer
 * untranslated. Each block keeps its kind, markup, detail and id.
 */
final class TranslatedBody {
    private final List<Block> blocks;
    private final Map<Integer, Lang> machine = new HashMap<>();
    private final Set<Integer> touched = new HashSet<>();
    private final Set<Integer> review = new HashSet<>();
    private boolean marked;

    TranslatedBody(List<Block> body) {
        this.blocks = new ArrayList<>(body);
    }

    /** Puts a batch's translations in their blocks; each that failed its checks twice is reported and flagged. */
    void apply(List<Untranslated.Part> batch, Translator.Outcome outcome, List<String> problems) {
        marked |= outcome.prompt() == Translator.MARKED;
        Map<Integer, List<Untranslated.Part>> byBlock = new LinkedHashMap<>();
        for (Untranslated.Part p : batch) {
            byBlock.computeIfAbsent(p.block(), b -> new ArrayList<>()).add(p);
            List<String> why = outcome.failing().get(p.key());
            if (why != null) {
                problems.add("translate: " + p.name() + " " + String.join("; ", why) + " (retried once); flagged for review");
                review.add(p.block());
            }
            if (p.kind() != Untranslated.Kind.ALT) machine.put(p.block(), p.from().other());
        }
        byBlock.forEach((i, parts) -> {
            blocks.set(i, Untranslated.with(blocks.get(i), parts, outcome.done()));
            touched.add(i);
        });
    }

    /** The blocks with their translations and flags. */
    List<Block> blocks() {
        List<Block> out = new ArrayList<>(blocks);
        for (int i : touched) {
            Block b = blocks.get(i);
            Set<BlockFlag> flags = EnumSet.noneOf(BlockFlag.class);
            flags.addAll(b.flags());
            flags.remove(BlockFlag.NEEDS_REVIEW);
            if (review.contains(i)) flags.add(BlockFlag.NEEDS_REVIEW);
            if (machine.containsKey(i)) flags.add(BlockFlag.machineTranslated(machine.get(i)));
            if (Untranslated.of(b, i, false).isEmpty()) flags.remove(BlockFlag.UNTRANSLATED);
            out.set(i, b.withFlags(flags));
        }
        return out;
    }

    /** The prompt the translations were asked with: v2 when any text carried markup or was not a block's. */
    Prompt prompt() {
        return marked ? Translator.MARKED : Translator.PLAIN;
    }
}
