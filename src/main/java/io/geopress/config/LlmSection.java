package io.geopress.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.geopress.llm.LlmSettings;
import io.geopress.llm.Preset;
import io.geopress.model.GeopressException;
import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code llm:} section of geopress.yml and applies the environment's overrides. A provider named in
 * the environment replaces the file's whole endpoint (preset, base URL, model, key variable); the file's limits
 * and prices still apply.
 */
final class LlmSection {
    static final String PROVIDER = "GEOPRESS_LLM_PROVIDER";
    static final String BASE_URL = "GEOPRESS_LLM_BASE_URL";
    static final String MODEL = "GEOPRESS_LLM_MODEL";
    static final String API_KEY = "GEOPRESS_LLM_API_KEY";
    private static final String OFFLINE = "offline";
    private static final Set<String> KEYS = Set.of("preset", "base_url", "model", "api_key_env", "timeout", "max_retries",
            "give_up_after", "requests_per_minute", "tokens_per_minute", "concurrency", "prices");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonNode llm;
    private final String file;
    private final Map<String, String> env;

    private LlmSection(JsonNode llm, String file, Map<String, String> env) {
        this.llm = llm;
        this.file = file;
        this.env = env;
    }

    static LlmSettings read(JsonNode node, String file, Map<String, String> env) {
        if (node != null && !node.isNull() && !node.isObject()) {
            throw new GeopressException(file + ": key 'llm': expected a mapping of settings, e.g. {preset: deepseek}");
        }
        return new LlmSection(node == null || node.isNull() ? MissingNode.getInstance() : node, file, env).settings();
    }

    private LlmSettings settings() {
        for (Iterator<String> it = llm.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (key.equals("api_key")) {
                throw fault(key, "a key does not belong in geopress.yml: put it in an environment variable and name that in api_key_env");
            }
            if (!KEYS.contains(key)) throw new GeopressException(file + ": unknown key 'llm." + key + "'");
        }
        LlmSettings.Limits d = LlmSettings.Limits.DEFAULT;
        LlmSettings.Limits limits = new LlmSettings.Limits(seconds("timeout", d.timeout()), whole("max_retries", 0, d.maxRetries()),
                seconds("give_up_after", d.giveUpAfter()), whole("requests_per_minute", 0, d.requestsPerMinute()),
                whole("tokens_per_minute", 0, d.tokensPerMinute()), whole("concurrency", 1, d.concurrency()));
        LlmSettings.Prices prices = prices();

        String fromEnv = env(PROVIDER);
        String provider = fromEnv != null ? fromEnv : text("preset");
        if (OFFLINE.equals(provider)) return LlmSettings.offline(limits, prices);
        Preset preset = provider == null ? null : Preset.byId(provider).orElseThrow(() -> fromEnv != null
                ? new GeopressException(PROVIDER + ": unknown provider '" + provider + "' (one of " + Preset.ids() + ", " + OFFLINE + ")")
                : fault("preset", "unknown preset '" + provider + "' (one of " + Preset.ids() + ", " + OFFLINE + ")"));
        boolean fileEndpoint = fromEnv == null;
        URI baseUrl = first(env(BASE_URL) == null ? null : ConfigFile.url(env(BASE_URL), BASE_URL),
                fileEndpoint && text("base_url") != null ? ConfigFile.url(text("base_url"), file + ": key 'llm.base_url'") : null,
                preset == null ? null : preset.baseUrl());
        String model = first(env(MODEL), fileEndpoint ? text("model") : null, preset == null ? null : preset.model());
        String keyEnv = first(fileEndpoint ? keyEnv() : null, preset == null ? null : preset.keyEnv());
        String apiKey = first(env(API_KEY), keyEnv == null ? null : env(keyEnv));

        if (baseUrl == null && model == null) return LlmSettings.offline(limits, prices);
        if (baseUrl == null) {
            throw new GeopressException(file + ": llm: model '" + model + "' has no endpoint: set llm.preset (one of " + Preset.ids()
                    + ") or llm.base_url, or " + PROVIDER + " or " + BASE_URL);
        }
        if (model == null) throw new GeopressException(file + ": llm: no model for " + baseUrl + ": set llm.model or " + MODEL);
        return new LlmSettings(preset, baseUrl, model, keyEnv, apiKey, limits, prices);
    }

    private String keyEnv() {
        String name = text("api_key_env");
        // never echo the value: it may be the key itself, put here by mistake
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            throw fault("api_key_env", "expected the name of an environment variable (such as DEEPSEEK_API_KEY), not a key");
        }
        return name;
    }

    private String text(String key) {
        JsonNode node = llm.get(key);
        if (node == null || node.isNull()) return null;
        if (!node.isTextual() || node.asText().isBlank()) throw fault(key, "expected a text value");
        return node.asText().strip();
    }

    private Duration seconds(String key, Duration fallback) {
        JsonNode node = llm.get(key);
        if (node == null || node.isNull()) return fallback;
        if (!node.isNumber() || !(node.asDouble() > 0)) throw fault(key, "expected a number of seconds above 0");
        return Duration.ofMillis(Math.round(node.asDouble() * 1000));
    }

    private int whole(String key, int min, int fallback) {
        JsonNode node = llm.get(key);
        if (node == null || node.isNull()) return fallback;
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min) {
            throw fault(key, "expected a whole number of at least " + min);
        }
        return node.asInt();
    }

    private LlmSettings.Prices prices() {
        JsonNode node = llm.get("prices");
        if (node == null || node.isNull()) return LlmSettings.Prices.NONE;
        if (!node.isObject()) throw fault("prices", "expected {input: N, output: N}, the price of a million tokens");
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("input") && !key.equals("output")) throw new GeopressException(file + ": unknown key 'llm.prices." + key + "'");
        }
        return new LlmSettings.Prices(price(node, "input"), price(node, "output"));
    }

    private double price(JsonNode prices, String key) {
        JsonNode node = prices.get(key);
        if (node == null || node.isNull()) return 0;
        if (!node.isNumber() || node.asDouble() < 0) throw fault("prices." + key, "expected a number of at least 0");
        return node.asDouble();
    }

    private String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) if (value != null) return value;
        return null;
    }

    private GeopressException fault(String key, String what) {
        return new GeopressException(file + ": key 'llm." + key + "': " + what);
    }
}
