package io.geopress.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake OpenAI-compatible chat server on a random local port: it answers with scripted responses and lets the
 * test check the shape of every request it got.
 */
public final class FakeChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();

    public FakeChatServer() throws IOException {
        server.start();
    }

    /** The server's address with {@code path}, as a base URL to which the client adds /chat/completions. */
    public URI baseUrl(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    public FakeChatServer answers(MockResponse... responses) {
        for (MockResponse response : responses) server.enqueue(response);
        return this;
    }

    MockWebServer server() {
        return server;
    }

    public int requests() {
        return server.getRequestCount();
    }

    /** The next request the server got, checked to be a chat completion sent with {@code key}. */
    public JsonNode nextChatRequest(String path, String key) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the fake server").isNotNull();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getPath()).isEqualTo(path);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + key);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        // the SDK must not retry by itself: every request it sends is its first
        assertThat(request.getHeader("X-Stainless-Retry-Count")).isIn(null, "0");
        try {
            JsonNode body = JSON.readTree(request.getBody().readUtf8());
            assertThat(body.path("model").isTextual()).as("model in " + body).isTrue();
            assertThat(body.path("messages").isArray()).as("messages in " + body).isTrue();
            return body;
        } catch (IOException e) {
            throw new AssertionError("the request body is not JSON", e);
        }
    }

    public static MockResponse reply(String text, String finish, int promptTokens, int completionTokens) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1740816000)
                .put("model", "fake-model-2025");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finish);
        choice.putObject("message").put("role", "assistant").put("content", text);
        body.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return json(200, body.toString());
    }

    /** An error status with an OpenAI-style error body saying {@code message}. */
    static MockResponse status(int code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "invalid_request_error");
        return json(code, body.toString());
    }

    static MockResponse rateLimited(String retryAfter) {
        return status(429, "Rate limit reached, slow down").setHeader("Retry-After", retryAfter);
    }

    /** A response that starts only after {@code delay}. */
    static MockResponse slow(MockResponse response, Duration delay) {
        return response.setHeadersDelay(delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
