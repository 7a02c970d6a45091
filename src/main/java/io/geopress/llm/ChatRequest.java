package io.geopress.llm;

import java.util.Objects;

/**
 * What to ask a {@link LanguageModel}.
 *
 * @param system instructions; empty for none
 * @param user the message to answer
 * @param json whether to ask for a JSON object as the reply (the provider's JSON mode)
 * @param maxTokens the most tokens the reply may take; a reply cut there ends with {@link ChatReply.Finish#LENGTH}
 * @param temperature sampling temperature, 0 to 2; low for translation and extraction
 */
public record ChatRequest(String system, String user, boolean json, int maxTokens, double temperature) {
    public ChatRequest {
        system = system == null ? "" : system;
        Objects.requireNonNull(user, "user");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be at least 1: " + maxTokens);
        if (!(temperature >= 0 && temperature <= 2)) throw new IllegalArgumentException("temperature must be 0 to 2: " + temperature);
    }

    public static ChatRequest of(String system, String user) {
        return new ChatRequest(system, user, false, 1024, 0.2);
    }

    public ChatRequest asJson() {
        return new ChatRequest(system, user, true, maxTokens, temperature);
    }

    public ChatRequest withMaxTokens(int tokens) {
        return new ChatRequest(system, user, json, tokens, temperature);
    }

    public ChatRequest withTemperature(double value) {
        return new ChatRequest(system, user, json, maxTokens, value);
    }

    /**
     * Tokens this request may use, counted before it is sent: the prompt guessed from its characters (a Han
     * character is about one token, other text about four characters a token) plus the whole reply allowance.
     */
    int estimatedTokens() {
        long han = (system + user).codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long other = system.length() + user.length() - han;
        return (int) Math.min(Integer.MAX_VALUE, han + other / 4 + maxTokens);
    }
}
