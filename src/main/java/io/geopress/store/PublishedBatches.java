package io.geopress.store;

import io.geopress.model.StoredArticle;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Published articles handed over a batch at a time, each batch read and parsed on a thread of its own while the
 * caller works on the one before: a build renders on every core, and reading in between left all but one idle.
 */
final class PublishedBatches {
    private PublishedBatches() {}

    static void forEach(Sqlite db, List<String> wanted, int batchSize, Consumer<List<StoredArticle>> action) {
        if (wanted.isEmpty()) return;
        ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "geopress-store-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<List<StoredArticle>> next = reader.submit(() -> read(db, wanted, 0, batchSize));
            for (int from = 0; from < wanted.size(); from += batchSize) {
                List<StoredArticle> batch = result(next);
                int following = from + batchSize;
                if (following < wanted.size()) next = reader.submit(() -> read(db, wanted, following, batchSize));
                action.accept(batch);
            }
        } finally {
            reader.shutdownNow();
        }
    }

    private static List<StoredArticle> read(Sqlite db, List<String> wanted, int from, int batchSize) {
        List<String> slugs = wanted.subList(from, Math.min(wanted.size(), from + batchSize));
        List<Rows.Unparsed> rows = db.query(Rows.SELECT + "JOIN revision r ON r.article_id = a.id "
                + "AND r.number = a.published_revision WHERE a.slug IN (" + String.join(", ", Collections.nCopies(slugs.size(), "?"))
                + ") ORDER BY julianday(a.published_at) DESC, a.id DESC", slugs, Rows::unparsed);
        return rows.stream().map(Rows.Unparsed::parse).toList();
    }

    private static <T> T result(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the store", e);
        }
    }
}
