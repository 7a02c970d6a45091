package io.geopress.llm;

import java.util.Objects;

/**
 * A model's answer.
 *
 * @param text the reply; empty when the model gave none
 * @param finish why the model stopped
 * @param promptTokens tokens the provider counted for the request, 0 when it did not say
 * @param completionTokens tokens the provider counted for the reply, 0 when it did not say
 * @param model the model that answered, as the provider names it
 */
public record ChatReply(String text, Finish finish, int promptTokens, int completionTokens, String model) {
    public enum Finish {
        /** The model finished its answer. */
        STOP,
        /** The reply hit the token limit and is cut off. */
        LENGTH,
        /** The provider withheld or cut the reply. */
        CONTENT_FILTER,
        /** Any other reason, or none given. */
        OTHER
    }

    public ChatReply {
        text = text == null ? "" : text;
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(model, "model");
        if (promptTokens < 0 || completionTokens < 0) throw new IllegalArgumentException("negative token count");
    }

    /** Whether the reply stopped at the token limit rather than where the model meant to end. */
    public boolean truncated() {
        return finish == Finish.LENGTH;
    }

    public int totalTokens() {
        return promptTokens + completionTokens;
    }
}
