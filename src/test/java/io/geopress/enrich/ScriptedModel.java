package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LanguageModels;
import io.geopress.llm.LlmSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A fake OpenAI-compatible server that answers each enrichment step by script: a test queues replies per step, and
 * a step with none queued gets its default reply, written from the request (see {@link Replies}). The real provider
 * (SDK, retries) talks to it over HTTP; every request is kept for the test to read.
 */
final class ScriptedModel implements AutoCloseable {
    static final String NAME = "test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server saw it: the step it is for (from its system prompt) and its JSON body. */
    record Seen(String step, String user, JsonNode body) {}

    /** A reply: its text and finish reason ("stop", or "length" for output cut at the token limit). */
    record Reply(String text, String finish) {
        static Reply of(String text) {
            return new Reply(text, "stop");
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Map<String, Deque<Function<Seen, Reply>>> queued = new ConcurrentHashMap<>();
    private final Map<String, Function<Seen, Reply>> defaults = new ConcurrentHashMap<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private volatile int failWith;

    ScriptedModel() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real provider pointed at this server, retrying at most {@code retries} times. */
    LanguageModel model(int retries) {
        URI base = URI.create("http://127.0.0.1:" + server.getPort() + "/v1");
        var limits = new LlmSettings.Limits(Duration.ofSeconds(20), retries, Duration.ofSeconds(30), 0, 0, 2);
        return LanguageModels.open(new LlmSettings(null, base, NAME, "TEST_LLM_KEY", "sk-test-0c1d2e", limits, LlmSettings.Prices.NONE),
                notice -> {});
    }

    /** Queues replies for {@code step}, used in order before its default reply. */
    @SafeVarargs
    final ScriptedModel then(String step, Function<Seen, Reply>... replies) {
        for (Function<Seen, Reply> reply : replies) queued.computeIfAbsent(step, s -> new ArrayDeque<>()).add(reply);
        return this;
    }

    /** Replaces the default reply of {@code step}: for every request not answered by a queued reply. */
    ScriptedModel always(String step, Function<Seen, Reply> reply) {
        defaults.put(step, reply);
        return this;
    }

    /** From now on every request gets this HTTP status. */
    void failEverything(int status) {
        failWith = status;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<Seen> seen(String step) {
        return seen.stream().filter(s -> s.step().equals(step)).toList();
    }

    int requests() {
        return seen.size();
    }

    private MockResponse answer(RecordedRequest request) {
        JsonNode body;
        try {
            body = JSON.readTree(request.getBody().readUtf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String system = body.path("messages").get(0).path("content").asText();
        String user = body.path("messages").get(body.path("messages").size() - 1).path("content").asText();
        Seen s = new Seen(stepOf(system), user, body);
        seen.add(s);
        if (failWith != 0) return json(failWith, "{\"error\": {\"message\": \"scripted failure\", \"type\": \"server_error\"}}");
        Deque<Function<Seen, Reply>> replies = queued.get(s.step());
        Function<Seen, Reply> next = replies == null ? null : replies.poll();
        Reply reply = next != null ? next.apply(s) : defaults.getOrDefault(s.step(), Replies::standard).apply(s);
        ObjectNode out = JSON.createObjectNode().put("id", "chatcmpl-" + seen.size()).put("object", "chat.completion")
                .put("created", 1767225600).put("model", NAME);
        ObjectNode choice = out.putArray("choices").addObject().put("index", 0).put("finish_reason", reply.finish());
        choice.putObject("message").put("role", "assistant").put("content", reply.text());
        out.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 50).put("total_tokens", 150);
        return json(200, out.toString());
    }

    private static String stepOf(String system) {
        for (Prompt p : List.of(Translator.PLAIN, Translator.MARKED, QuestionTitle.PROMPT, Summary.PROMPT, Questions.PROMPT, Tags.PROMPT)) {
            if (p.system().equals(system)) return p.step();
        }
        throw new AssertionError("a request with no known system prompt: " + system);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
