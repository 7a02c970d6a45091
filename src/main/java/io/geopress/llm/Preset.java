package io.geopress.llm;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Known OpenAI-compatible endpoints: each a base URL, a default model and the environment variable for its key. */
public enum Preset {
    DEEPSEEK("https://api.deepseek.com/v1", "deepseek-chat", "DEEPSEEK_API_KEY"),
    /** Alibaba's DashScope in its OpenAI-compatible mode. */
    QWEN("https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus", "DASHSCOPE_API_KEY"),
    /** Moonshot's Kimi. */
    KIMI("https://api.moonshot.cn/v1", "moonshot-v1-32k", "MOONSHOT_API_KEY"),
    /** Zhipu's GLM. */
    GLM("https://open.bigmodel.cn/api/paas/v4", "glm-4-flash", "ZHIPUAI_API_KEY"),
    /** ByteDance's Doubao on Volcano Ark, which wants a dated model name or an endpoint id (ep-…). */
    DOUBAO("https://ark.cn-beijing.volces.com/api/v3", "doubao-1-5-pro-32k-250115", "ARK_API_KEY"),
    OPENAI("https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY"),
    OLLAMA("http://localhost:11434/v1", "qwen2.5:7b", null),
    VLLM("http://localhost:8000/v1", "Qwen/Qwen2.5-7B-Instruct", null),
    /** llama.cpp's llama-server, which answers with whatever model it was started with. */
    LLAMACPP("http://localhost:8080/v1", "default", null);

    private final URI baseUrl;
    private final String model;
    private final String keyEnv;

    Preset(String baseUrl, String model, String keyEnv) {
        this.baseUrl = URI.create(baseUrl);
        this.model = model;
        this.keyEnv = keyEnv;
    }

    /** The name used in geopress.yml and GEOPRESS_LLM_PROVIDER: {@code deepseek}, {@code llamacpp}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public String model() {
        return model;
    }

    /** The environment variable that holds the key by default, or null for a local server that needs none. */
    public String keyEnv() {
        return keyEnv;
    }

    public static Optional<Preset> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }

    /** Every preset's id, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Preset::id).toList());
    }
}
