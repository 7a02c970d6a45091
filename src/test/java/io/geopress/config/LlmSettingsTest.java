package io.geopress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.geopress.llm.LlmSettings;
import io.geopress.llm.Preset;
import io.geopress.model.GeopressException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The llm: section of geopress.yml and the GEOPRESS_LLM_* variables over it. */
class LlmSettingsTest {
    private static final String SITE = "title: 站点\nbase_url: https://geo.example.com/\n";
    private static final String KEY = "sk-live-8d1e44b0c2f9";

    @TempDir Path site;

    private Path givenConfig(String llmSection) throws Exception {
        return Files.writeString(site.resolve("geopress.yml"), SITE + llmSection);
    }

    private LlmSettings settings(Map<String, String> env) {
        return ConfigFile.readLlm(site, env);
    }

    @Test
    void withNoSectionAndNoEnvironmentTheSiteIsOffline() throws Exception {
        givenConfig("");
        LlmSettings settings = settings(Map.of());
        assertThat(settings.offline()).isTrue();
        assertThat(settings.limits()).isEqualTo(LlmSettings.Limits.DEFAULT);
    }

    @Test
    void aPresetGivesItsEndpointModelAndKeyVariable() throws Exception {
        givenConfig("llm:\n  preset: deepseek\n");
        LlmSettings settings = settings(Map.of("DEEPSEEK_API_KEY", KEY));
        assertThat(settings.preset()).isEqualTo(Preset.DEEPSEEK);
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://api.deepseek.com/v1"));
        assertThat(settings.model()).isEqualTo("deepseek-chat");
        assertThat(settings.apiKeyEnv()).isEqualTo("DEEPSEEK_API_KEY");
        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.describe()).isEqualTo("model deepseek-chat at api.deepseek.com");
    }

    @Test
    void everyPresetHasAnHttpsEndpointUnlessItRunsOnThisMachine() {
        for (Preset preset : Preset.values()) {
            boolean local = preset.baseUrl().getHost().equals("localhost");
            assertThat(preset.baseUrl().getScheme()).as(preset.id()).isEqualTo(local ? "http" : "https");
            assertThat(preset.keyEnv() == null).as(preset.id() + " needs a key unless local").isEqualTo(local);
            assertThat(preset.model()).isNotBlank();
        }
        assertThat(Preset.ids()).isEqualTo("deepseek, qwen, kimi, glm, doubao, openai, ollama, vllm, llamacpp");
    }

    @Test
    void theFileMayChangeThePresetsModelKeyVariableLimitsAndPrices() throws Exception {
        givenConfig("""
                llm:
                  preset: qwen
                  model: qwen-max
                  api_key_env: MY_QWEN_KEY
                  timeout: 45
                  max_retries: 5
                  give_up_after: 600
                  requests_per_minute: 60
                  tokens_per_minute: 100000
                  concurrency: 8
                  prices: {input: 2.4, output: 9.6}
                """);
        LlmSettings settings = settings(Map.of("MY_QWEN_KEY", KEY, "DASHSCOPE_API_KEY", "not this one"));
        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://dashscope.aliyuncs.com/compatible-mode/v1"));
        assertThat(settings.model()).isEqualTo("qwen-max");
        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.limits()).isEqualTo(new LlmSettings.Limits(Duration.ofSeconds(45), 5, Duration.ofSeconds(600), 60, 100_000, 8));
        assertThat(settings.prices().cost(1_000_000, 500_000)).isCloseTo(7.2, offset(1e-9));
    }

    @Test
    void aLocalServerNeedsNoKey() throws Exception {
        givenConfig("llm:\n  preset: ollama\n  model: qwen2.5:14b\n");
        LlmSettings settings = settings(Map.of());
        assertThat(settings.apiKeyEnv()).isNull();
        assertThat(settings.apiKey()).isNull();
        assertThat(settings.describe()).isEqualTo("model qwen2.5:14b at localhost:11434");
    }

    @Test
    void theEnvironmentOverridesTheFile() throws Exception {
        givenConfig("llm:\n  preset: deepseek\n  model: deepseek-reasoner\n  timeout: 30\n");
        LlmSettings settings = settings(Map.of("GEOPRESS_LLM_BASE_URL", "http://127.0.0.1:9999/v1", "GEOPRESS_LLM_MODEL", "fake",
                "GEOPRESS_LLM_API_KEY", KEY, "DEEPSEEK_API_KEY", "not this one"));
        assertThat(settings.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9999/v1"));
        assertThat(settings.model()).isEqualTo("fake");
        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.limits().timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aProviderFromTheEnvironmentReplacesTheFilesEndpointButKeepsItsLimits() throws Exception {
        givenConfig("llm:\n  preset: deepseek\n  model: deepseek-reasoner\n  api_key_env: MY_KEY\n  concurrency: 2\n");
        LlmSettings settings = settings(Map.of("GEOPRESS_LLM_PROVIDER", "kimi", "MOONSHOT_API_KEY", KEY));
        assertThat(settings.preset()).isEqualTo(Preset.KIMI);
        assertThat(settings.model()).isEqualTo(Preset.KIMI.model());
        assertThat(settings.apiKeyEnv()).isEqualTo("MOONSHOT_API_KEY");
        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.limits().concurrency()).isEqualTo(2);
        assertThat(settings(Map.of("GEOPRESS_LLM_PROVIDER", "offline")).offline()).isTrue();
    }

    @Test
    void theEnvironmentAloneCanNameAnyEndpoint() throws Exception {
        givenConfig("");
        LlmSettings settings = settings(Map.of("GEOPRESS_LLM_BASE_URL", "https://llm.example.net/openai/v1", "GEOPRESS_LLM_MODEL", "m1"));
        assertThat(settings.preset()).isNull();
        assertThat(settings.describe()).isEqualTo("model m1 at llm.example.net");
        assertThat(settings.apiKey()).isNull();
    }

    @Test
    void theKeyNeverShowsInTheSettingsText() throws Exception {
        givenConfig("llm:\n  preset: glm\n");
        LlmSettings settings = settings(Map.of("ZHIPUAI_API_KEY", KEY));
        assertThat(settings.apiKey()).isEqualTo(KEY);
        assertThat(settings.toString()).doesNotContain(KEY).contains("apiKey=(redacted)").contains("ZHIPUAI_API_KEY");
    }

    @Test
    void theSiteSettingsIgnoreTheLlmSectionSoChangingModelsRebuildsNothing() throws Exception {
        givenConfig("");
        SiteConfig without = ConfigFile.read(site);
        givenConfig("llm:\n  preset: doubao\n  concurrency: 3\n");
        assertThat(ConfigFile.read(site)).isEqualTo(without);
    }

    @Test
    void anUnknownKeyOrAWrongValueIsAnErrorNamingIt() throws Exception {
        Path file = givenConfig("llm:\n  preset: deepseek\n  temprature: 0.2\n");
        assertThatThrownBy(() -> settings(Map.of())).isInstanceOf(GeopressException.class).hasMessage(file + ": unknown key 'llm.temprature'");
        givenConfig("llm:\n  timeout: soon\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.timeout': expected a number of seconds above 0");
        givenConfig("llm:\n  concurrency: 0\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.concurrency': expected a whole number of at least 1");
        givenConfig("llm:\n  max_retries: 2.5\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.max_retries': expected a whole number of at least 0");
        givenConfig("llm:\n  prices: {input: cheap}\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.prices.input': expected a number of at least 0");
        givenConfig("llm:\n  prices: {inputs: 1}\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": unknown key 'llm.prices.inputs'");
        givenConfig("llm:\n  preset: gemini\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.preset': unknown preset 'gemini' (one of "
                + Preset.ids() + ", offline)");
        givenConfig("llm:\n  base_url: ftp://llm.example.net/\n  model: m\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm.base_url': not an http(s) address: ftp://llm.example.net/");
        givenConfig("llm: deepseek\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": key 'llm': expected a mapping of settings, e.g. {preset: deepseek}");
    }

    @Test
    void anEndpointWithoutAModelOrAModelWithoutAnEndpointIsAnError() throws Exception {
        Path file = givenConfig("llm:\n  base_url: https://llm.example.net/v1\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessage(file + ": llm: no model for https://llm.example.net/v1: set llm.model or GEOPRESS_LLM_MODEL");
        givenConfig("llm:\n  model: m\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessageStartingWith(file + ": llm: model 'm' has no endpoint: set llm.preset (one of");
    }

    @Test
    void badValuesInTheEnvironmentNameTheVariable() throws Exception {
        givenConfig("");
        assertThatThrownBy(() -> settings(Map.of("GEOPRESS_LLM_PROVIDER", "deepsea")))
                .hasMessage("GEOPRESS_LLM_PROVIDER: unknown provider 'deepsea' (one of " + Preset.ids() + ", offline)");
        assertThatThrownBy(() -> settings(Map.of("GEOPRESS_LLM_BASE_URL", "localhost:8000", "GEOPRESS_LLM_MODEL", "m")))
                .hasMessage("GEOPRESS_LLM_BASE_URL: not an http(s) address: localhost:8000");
    }

    @Test
    void aKeyWrittenIntoTheFileIsRefusedWithoutBeingRepeated() throws Exception {
        Path file = givenConfig("llm:\n  preset: openai\n  api_key: " + KEY + "\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessageStartingWith(file + ": key 'llm.api_key': a key does not belong in geopress.yml")
                .message().doesNotContain(KEY);
        givenConfig("llm:\n  preset: openai\n  api_key_env: " + KEY + "\n");
        assertThatThrownBy(() -> settings(Map.of())).hasMessageStartingWith(file + ": key 'llm.api_key_env': expected the name of an environment variable")
                .message().doesNotContain(KEY);
    }
}
