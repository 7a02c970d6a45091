package io.geopress.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A scripted OpenAI-compatible chat completions server on a random local port: each request's JSON body goes to
 * {@code script}, which returns the assistant's reply text; the reply is sent in the real response shape.
 */
final class FakeModelServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();

    FakeModelServer(Function<JsonNode, String> script) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    if (!request.getPath().equals("/v1/chat/completions")) return new MockResponse().setResponseCode(404);
                    JsonNode body = JSON.readTree(request.getBody().readUtf8());
                    requests.add(body);
                    return reply(script.apply(body));
                } catch (IOException e) {
                    return new MockResponse().setResponseCode(400);
                }
            }
        });
        server.start();
    }

    int port() {
        return server.getPort();
    }

    List<JsonNode> requests() {
        return requests;
    }

    /** The system message of a request. */
    static String system(JsonNode request) {
        return request.path("messages").path(0).path("content").asText();
    }

    static String user(JsonNode request) {
        return request.path("messages").path(1).path("content").asText();
    }

    private static MockResponse reply(String text) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion").put("created", 1740816000)
                .put("model", "fake");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", text);
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json").setBody(body.toString());
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
