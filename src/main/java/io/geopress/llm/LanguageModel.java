package io.geopress.llm;

/**
 * A chat model: one system and one user message in, one reply out. Implementations are safe to call from several
 * threads at once; they throw {@link LlmException} when no reply can be had.
 */
public interface LanguageModel extends AutoCloseable {
    ChatReply chat(ChatRequest request);

    /** The model's name as configured, for provenance and cache keys. */
    String name();

    @Override
    default void close() {}
}
