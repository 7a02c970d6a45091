package io.geopress.measure.engine;

/**
 * How the model engine asks.
 *
 * @param temperature sampling temperature; the GEO paper's 0.7 by default
 * @param maxReplyTokens the most tokens one answer may take
 * @param maxRunTokens the most tokens (prompt and reply) the run may spend; 0 for no limit. Once spent, no further
 *     answer is asked for and the run fails with one line saying so
 */
public record ModelOptions(double temperature, int maxReplyTokens, long maxRunTokens) {
    public static final ModelOptions DEFAULT = new ModelOptions(0.7, 1024, 0);

    public ModelOptions {
        if (!(temperature >= 0 && temperature <= 2)) throw new IllegalArgumentException("temperature must be 0 to 2: " + temperature);
        if (maxReplyTokens < 1) throw new IllegalArgumentException("maxReplyTokens must be at least 1");
        if (maxRunTokens < 0) throw new IllegalArgumentException("maxRunTokens must not be negative");
    }
}
