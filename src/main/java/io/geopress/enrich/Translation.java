package io.geopress.enrich;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Field;
import io.geopress.model.Inline;
import io.geopress.model.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every text of the body that has one language the other ({@link Untranslated}): blocks in batches by block
 * number, with their markup as tags ({@link Placeholders}); a figure's alt text beside its caption; a table in batches
 * of rows ({@link TableBatches}). Code and rules are never sent. Each translation is checked ({@link Translator});
 * those that fail twice are kept but flagged for review. The source's own title is translated too.
 */
final class Translation implements Step {
    private static final int BATCH_CHARS = 3000;
    private static final int BATCH_BLOCKS = 30;

    @Override
    public Article apply(Article article, Calls calls, List<String> problems) {
        // what to translate and the language it is translated from, chosen before any text is translated so that no
        // translation is translated back: texts missing a language and, when forced, the model's translations
        List<Untranslated.Part> parts = new ArrayList<>();
        for (int i = 0; i < article.body().size(); i++) parts.addAll(Untranslated.of(article.body().get(i), i, calls.options().force()));
        if (parts.isEmpty()) return sourceTitle(article, calls, problems);
        if (article.locked(Field.BODY)) {
            long blocks = parts.stream().mapToInt(Untranslated.Part::block).distinct().count();
            problems.add("translate: the body was written by an editor; " + blocks + " blocks left untranslated");
            return sourceTitle(article, calls, problems);
        }
        TranslatedBody body = new TranslatedBody(article.body());
        for (Lang from : Lang.values()) {
            List<Untranslated.Part> plain = new ArrayList<>();
            List<Untranslated.Part> marked = new ArrayList<>();
            Map<Integer, List<Untranslated.Part>> tables = new LinkedHashMap<>();
            for (Untranslated.Part p : parts) {
                if (p.from() != from) continue;
                if (p.kind() == Untranslated.Kind.CELL || p.kind() == Untranslated.Kind.TABLE_CAPTION) {
                    tables.computeIfAbsent(p.block(), b -> new ArrayList<>()).add(p);
                } else {
                    // a figure's caption goes with its alt text, which only prompt v2 can carry
                    boolean v1 = p.kind() == Untranslated.Kind.TEXT && Translator.prompt(List.of(p.piece()), "") == Translator.PLAIN;
                    (v1 ? plain : marked).add(p);
                }
            }
            for (List<Untranslated.Part> batch : blockBatches(plain)) {
                if (!translate(body, batch, from, "", "blocks " + numbers(batch), calls, problems)) return withBody(article, body, calls);
            }
            for (List<Untranslated.Part> batch : blockBatches(marked)) {
                if (!translate(body, batch, from, "", "blocks " + numbers(batch), calls, problems)) return withBody(article, body, calls);
            }
            for (Map.Entry<Integer, List<Untranslated.Part>> table : tables.entrySet()) {
                String about = TableBatches.about(article.body().get(table.getKey()), from);
                for (List<Untranslated.Part> batch : TableBatches.of(table.getValue(), calls.options().maxReplyTokens())) {
                    if (!translate(body, batch, from, about, TableBatches.describe(batch), calls, problems)) {
                        return withBody(article, body, calls);
                    }
                }
            }
        }
        return sourceTitle(withBody(article, body, calls), calls, problems);
    }

    /** Blocks' texts in batches of about {@link #BATCH_CHARS} characters, at most {@link #BATCH_BLOCKS} blocks. */
    private static List<List<Untranslated.Part>> blockBatches(List<Untranslated.Part> parts) {
        List<List<Untranslated.Part>> batches = new ArrayList<>();
        List<Untranslated.Part> batch = new ArrayList<>();
        int chars = 0;
        for (Untranslated.Part p : parts) {
            batch.add(p);
            chars += Inline.plain(p.nodes()).length();
            if (chars >= BATCH_CHARS || batch.size() >= BATCH_BLOCKS) {
                batches.add(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
        }
        if (!batch.isEmpty()) batches.add(batch);
        return batches;
    }

    private static List<Integer> numbers(List<Untranslated.Part> batch) {
        return batch.stream().map(p -> p.block() + 1).distinct().toList();
    }

    /**
     * Translates one batch into {@code body}; a batch that fails is reported, naming {@code what} was left
     * untranslated. Returns false when the budget is spent: the batches already translated are kept, no more are sent.
     */
    private static boolean translate(TranslatedBody body, List<Untranslated.Part> batch, Lang from, String about, String what,
            Calls calls, List<String> problems) {
        try {
            body.apply(batch, Translator.translate(batch.stream().map(Untranslated.Part::piece).toList(), from, about, calls, problems), problems);
        } catch (StepFailed.BudgetSpent e) {
            problems.add(e.getMessage());
        } catch (StepFailed e) {
            problems.add(e.getMessage() + "; " + what + " left untranslated");
        }
        return !calls.budgetSpent();
    }

    /** The body with its translations, credited to the model; the blocks' flags say which texts it wrote. */
    private static Article withBody(Article article, TranslatedBody body, Calls calls) {
        List<Block> blocks = body.blocks();
        return blocks.equals(article.body()) ? article : article.withTranslation(blocks, calls.by(body.prompt()));
    }

    /** The source's own title in the language it lacks; a translation that fails its checks is left out. */
    private static Article sourceTitle(Article article, Calls calls, List<String> problems) {
        Bilingual title = article.source().title();
        if (title.isEmpty() || title.isComplete() || article.locked(Field.SOURCE_TITLE) || calls.budgetSpent()) return article;
        Lang from = title.has(Lang.ZH) ? Lang.ZH : Lang.EN;
        String translated = Translator.one("the source's title", title.get(from), from, calls, problems);
        return translated == null ? article : SourceTitle.set(article, title.with(from.other(), translated), calls.by(Translator.PLAIN));
    }
}
