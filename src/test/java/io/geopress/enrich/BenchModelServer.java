package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake model of {@code bench/enrich.sh}: an OpenAI-compatible chat endpoint on localhost that answers every
 * enrichment step as {@link Replies} does, after a fixed delay, and counts what it was asked. {@code GET /stats}
 * gives the counts as JSON.
 *
 * <pre>java -cp target/test-classes:target/classes:target/lib/* io.geopress.enrich.BenchModelServer PORT DELAY_MS</pre>
 */
public final class BenchModelServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final long delayMillis;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong promptTokens = new AtomicLong();
    private final AtomicLong completionTokens = new AtomicLong();

    private BenchModelServer(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        BenchModelServer fake = new BenchModelServer(Long.parseLong(args[1]));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", fake::chat);
        server.createContext("/stats", fake::stats);
        server.start();
        System.out.println("fake model on port " + port);
    }

    private void chat(HttpExchange exchange) throws IOException {
        peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            JsonNode messages = body.path("messages");
            String system = messages.get(0).path("content").asText();
            String user = messages.get(messages.size() - 1).path("content").asText();
            String step = stepOf(system);
            String reply = Replies.standard(new ScriptedModel.Seen(step, user, body)).text();
            Thread.sleep(delayMillis);
            int in = tokens(system + user);
            int out = tokens(reply);
            calls.incrementAndGet();
            promptTokens.addAndGet(in);
            completionTokens.addAndGet(out);
            ObjectNode answer = JSON.createObjectNode().put("id", "chatcmpl-" + calls.get()).put("object", "chat.completion")
                    .put("created", System.currentTimeMillis() / 1000).put("model", body.path("model").asText());
            ObjectNode choice = answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", reply);
            answer.putObject("usage").put("prompt_tokens", in).put("completion_tokens", out).put("total_tokens", in + out);
            send(exchange, answer.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void stats(HttpExchange exchange) throws IOException {
        send(exchange, JSON.createObjectNode().put("calls", calls.get()).put("peak_concurrency", peak.get())
                .put("prompt_tokens", promptTokens.get()).put("completion_tokens", completionTokens.get()).toString());
    }

    private static String stepOf(String system) {
        for (Prompt p : List.of(Translator.PLAIN, Translator.MARKED, QuestionTitle.PROMPT, Summary.PROMPT, Questions.PROMPT, Tags.PROMPT)) {
            if (p.system().equals(system)) return p.step();
        }
        throw new IllegalArgumentException("a request with no known system prompt");
    }

    /** Tokens as a tokenizer of these models roughly counts them: a Chinese character each, else four characters. */
    private static int tokens(String text) {
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (int) (han + (text.length() - han) / 4);
    }

    private static void send(HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
