package io.geopress.enrich;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How enrichment writes.
 *
 * @param summaryWords the most words of the English BLUF summary
 * @param summaryHanzi the most Chinese characters of its Chinese translation
 * @param glossary terms with a fixed translation, either way (Chinese → English and English → Chinese)
 * @param maxTokensPerArticle the most tokens (prompt and reply) one article may use; 0 for no limit
 * @param force ask the model again even when the response cache holds a reply
 * @param maxReplyTokens the most tokens the model may write in one reply (its output limit): no request asks for
 *     more, and a table is translated in batches of rows whose translations fit in it
 */
public record EnrichOptions(int summaryWords, int summaryHanzi, Map<String, String> glossary, long maxTokensPerArticle,
        boolean force, int maxReplyTokens) {
    /** The reply limit translation has always kept to; many chat APIs refuse a request that asks for more. */
    public static final int MAX_REPLY_TOKENS = 8192;
    public static final EnrichOptions DEFAULT = new EnrichOptions(80, 150, Map.of(), 0, false);

    public EnrichOptions {
        if (summaryWords < 10) throw new IllegalArgumentException("summary words must be at least 10: " + summaryWords);
        if (summaryHanzi < 20) throw new IllegalArgumentException("summary characters must be at least 20: " + summaryHanzi);
        glossary = Collections.unmodifiableMap(new LinkedHashMap<>(glossary));
        if (maxTokensPerArticle < 0) throw new IllegalArgumentException("token budget must not be negative");
        if (maxReplyTokens < 1024) throw new IllegalArgumentException("reply tokens must be at least 1024: " + maxReplyTokens);
    }

    public EnrichOptions(int summaryWords, int summaryHanzi, Map<String, String> glossary, long maxTokensPerArticle, boolean force) {
        this(summaryWords, summaryHanzi, glossary, maxTokensPerArticle, force, MAX_REPLY_TOKENS);
    }

    public EnrichOptions withForce(boolean again) {
        return new EnrichOptions(summaryWords, summaryHanzi, glossary, maxTokensPerArticle, again, maxReplyTokens);
    }
}
