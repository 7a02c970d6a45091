package io.geopress.llm;

import io.geopress.model.FakeTiming;
import static io.geopress.llm.FakeChatServer.json;
import static io.geopress.llm.FakeChatServer.rateLimited;
import static io.geopress.llm.FakeChatServer.reply;
import static io.geopress.llm.FakeChatServer.slow;
import static io.geopress.llm.FakeChatServer.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real provider (SDK, retries, limits) against a fake OpenAI-compatible server. */
class OpenAiCompatibleProviderTest {
    private static final String KEY = "sk-test-5f3a9c0e7b21d4";
    private static final ChatRequest PING = ChatRequest.of("", "ping");
    private static final LlmSettings.Limits LIMITS = new LlmSettings.Limits(Duration.ofSeconds(10), 3, Duration.ofSeconds(300), 0, 0, 4);

    private FakeChatServer server;
    private final FakeTiming timing = new FakeTiming();
    private final List<String> notices = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeChatServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private LanguageModel model(URI baseUrl, LlmSettings.Limits limits) {
        LlmSettings settings = new LlmSettings(null, baseUrl, "test-model", "TEST_LLM_KEY", KEY, limits, LlmSettings.Prices.NONE);
        return LanguageModels.open(settings, notices::add, timing, () -> 0.5);
    }

    private LanguageModel model() {
        return model(server.baseUrl("/v1"), LIMITS);
    }

    /** Sends {@link #PING} and expects it to fail with an {@link LlmException}. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertThatPingFails(LanguageModel model) {
        return assertThatThrownBy(() -> model.chat(PING)).isInstanceOf(LlmException.class);
    }

    private String where() {
        return "model test-model at 127.0.0.1:" + server.server().getPort();
    }

    @Test
    void aReplyComesBackWithItsFinishReasonTokenCountsAndModel() throws Exception {
        server.answers(reply("杭州今天晴。", "stop", 31, 7));
        try (LanguageModel model = model()) {
            ChatReply reply = model.chat(ChatRequest.of("You answer briefly.", "杭州今天天气如何？").withMaxTokens(200).withTemperature(0.3));
            assertThat(reply).isEqualTo(new ChatReply("杭州今天晴。", ChatReply.Finish.STOP, 31, 7, "fake-model-2025"));
            assertThat(reply.truncated()).isFalse();
            assertThat(model.name()).isEqualTo("test-model");
        }
        JsonNode body = server.nextChatRequest("/v1/chat/completions", KEY);
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("messages").toString()).isEqualTo(
                "[{\"content\":\"You answer briefly.\",\"role\":\"system\"},{\"content\":\"杭州今天天气如何？\",\"role\":\"user\"}]");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(200);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.3);
        assertThat(body.has("response_format")).isFalse();
        assertThat(notices).isEmpty();
    }

    @Test
    void askingForJsonSendsTheJsonResponseFormatAndNoEmptySystemMessage() throws Exception {
        server.answers(reply("{\"title\": \"Q?\"}", "stop", 10, 5));
        try (LanguageModel model = model()) {
            assertThat(model.chat(ChatRequest.of("", "Give a title as JSON.").asJson()).text()).isEqualTo("{\"title\": \"Q?\"}");
        }
        JsonNode body = server.nextChatRequest("/v1/chat/completions", KEY);
        assertThat(body.path("response_format").toString()).isEqualTo("{\"type\":\"json_object\"}");
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
    }

    @Test
    void chatCompletionsIsAddedToTheBaseUrlsOwnPath() throws Exception {
        server.answers(reply("ok", "stop", 1, 1));
        try (LanguageModel model = model(server.baseUrl("/api/paas/v4"), LIMITS)) {
            model.chat(PING);
        }
        server.nextChatRequest("/api/paas/v4/chat/completions", KEY);
    }

    @Test
    void aTruncatedReplyIsReportedToTheCaller() throws Exception {
        server.answers(reply("The first half of a long", "length", 40, 16));
        try (LanguageModel model = model()) {
            ChatReply reply = model.chat(ChatRequest.of("", "Translate the article.").withMaxTokens(16));
            assertThat(reply.truncated()).isTrue();
            assertThat(reply.finish()).isEqualTo(ChatReply.Finish.LENGTH);
            assertThat(reply.text()).isEqualTo("The first half of a long");
        }
    }

    @Test
    void aRateLimitIsWaitedOutForAsLongAsRetryAfterSays() throws Exception {
        server.answers(rateLimited("7"), reply("ok", "stop", 3, 1));
        try (LanguageModel model = model()) {
            assertThat(model.chat(PING).text()).isEqualTo("ok");
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.requests()).isEqualTo(2);
        assertThat(notices).containsExactly(where() + ": HTTP 429; trying again in 7 s (attempt 2 of 4)");
    }

    @Test
    void retryAfterMayBeAnHttpDateAndIsFollowedOnlyUpToACap() throws Exception {
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(FakeTiming.START.plusSeconds(20).atOffset(ZoneOffset.UTC));
        server.answers(rateLimited(inTwentySeconds), rateLimited("3600"), reply("ok", "stop", 3, 1));
        try (LanguageModel model = model()) {
            model.chat(PING);
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofSeconds(20), Backoff.DEFAULT.retryAfterCap());
    }

    @Test
    void aServerErrorIsTriedAgainAfterABackoff() throws Exception {
        server.answers(status(500, "internal error"), status(503, "overloaded"), reply("ok", "stop", 3, 1));
        try (LanguageModel model = model()) {
            assertThat(model.chat(PING).text()).isEqualTo("ok");
        }
        // 1 s then 2 s, each with its upper half random (the test's random is 0.5)
        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void aServerThatAlwaysFailsIsGivenUpOnAfterTheLastRetryWithOneLineAndNoKey() throws Exception {
        for (int i = 0; i < 4; i++) server.answers(status(500, "upstream failed for key " + KEY));
        try (LanguageModel model = model()) {
            assertThatPingFails(model).hasMessage(where() + ": HTTP 500 after 4 attempts in 5.3 s")
                    .hasNoCause();
        }
        assertThat(server.requests()).isEqualTo(4);
        assertThat(timing.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofMillis(3000));
        assertThat(String.join("\n", notices)).doesNotContain(KEY).contains("attempt 4 of 4");
    }

    @Test
    void theTimeAllowedEndsRetriesBeforeTheirNumberDoes() throws Exception {
        server.answers(rateLimited("8"), rateLimited("8"), reply("never sent", "stop", 1, 1));
        LlmSettings.Limits tenSeconds = new LlmSettings.Limits(Duration.ofSeconds(10), 5, Duration.ofSeconds(10), 0, 0, 4);
        try (LanguageModel model = model(server.baseUrl("/v1"), tenSeconds)) {
            assertThatPingFails(model)
                    .hasMessage(where() + ": HTTP 429 after 2 attempts in 8 s; the next try would start past the limit of 10 s");
        }
        assertThat(server.requests()).isEqualTo(2);
    }

    @Test
    void aReplySlowerThanTheTimeoutIsTriedAgain() throws Exception {
        server.answers(slow(reply("late", "stop", 1, 1), Duration.ofSeconds(1)), reply("on time", "stop", 1, 1));
        LlmSettings.Limits halfSecond = new LlmSettings.Limits(Duration.ofMillis(500), 3, Duration.ofSeconds(300), 0, 0, 4);
        try (LanguageModel model = model(server.baseUrl("/v1"), halfSecond)) {
            assertThat(model.chat(PING).text()).isEqualTo("on time");
        }
        assertThat(notices).containsExactly(where() + ": no reply within 0.5 s; trying again in 0.8 s (attempt 2 of 4)");
    }

    @Test
    void aServerThatNeverAnswersInTimeFailsCleanly() throws Exception {
        server.answers(slow(reply("late", "stop", 1, 1), Duration.ofSeconds(1)), slow(reply("late", "stop", 1, 1), Duration.ofSeconds(1)));
        LlmSettings.Limits halfSecondOneRetry = new LlmSettings.Limits(Duration.ofMillis(500), 1, Duration.ofSeconds(300), 0, 0, 4);
        long started = System.nanoTime();
        try (LanguageModel model = model(server.baseUrl("/v1"), halfSecondOneRetry)) {
            assertThatPingFails(model).hasMessage(where() + ": no reply within 0.5 s after 2 attempts in 0.8 s");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void anEndpointThatRefusesConnectionsIsGivenUpOnWithinTheBound() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        long started = System.nanoTime();
        try (LanguageModel model = model(URI.create("http://127.0.0.1:" + closedPort + "/v1"), LIMITS)) {
            assertThatPingFails(model)
                    .hasMessage("model test-model at 127.0.0.1:" + closedPort + ": connection refused after 4 attempts in 5.3 s");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(timing.sleeps()).hasSize(3);
    }

    @Test
    void aBodyThatIsNotJsonIsAClearErrorAndNotTriedAgain() throws Exception {
        server.answers(json(200, "<html><body>502 Bad Gateway</body></html>"));
        try (LanguageModel model = model()) {
            assertThatPingFails(model).hasMessageStartingWith(where() + ": malformed reply: Unexpected character ('<'")
                    .hasMessageEndingWith(" (not retried)");
        }
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void aReplyWithNoChoicesIsMalformed() throws Exception {
        server.answers(json(200, "{\"id\": \"x\", \"object\": \"chat.completion\", \"model\": \"m\", \"choices\": []}"));
        try (LanguageModel model = model()) {
            assertThatPingFails(model).hasMessage(where() + ": malformed reply: the reply has no choices (not retried)");
        }
    }

    @Test
    void aBadRequestIsNotTriedAgainAndTheKeyItEchoesIsHidden() throws Exception {
        server.answers(status(400, "max_tokens is too large for key " + KEY), reply("never sent", "stop", 1, 1));
        try (LanguageModel model = model()) {
            assertThatPingFails(model).hasMessage(where() + ": HTTP 400: max_tokens is too large for key (key) (not retried)");
        }
        assertThat(server.requests()).isEqualTo(1);
        assertThat(timing.sleeps()).isEmpty();
    }

    @Test
    void aRequestTimeoutStatusIsTriedAgainButOtherClientErrorsAreNot() throws Exception {
        server.answers(status(408, "request timeout"), reply("ok", "stop", 1, 1), status(401, "invalid key"));
        try (LanguageModel model = model()) {
            assertThat(model.chat(PING).text()).isEqualTo("ok");
            assertThatPingFails(model).hasMessage(where() + ": HTTP 401: invalid key (not retried)");
        }
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    void noMoreCallsThanTheConcurrencyLimitAreInFlightAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        server.server().setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                Thread.sleep(200);
                inFlight.decrementAndGet();
                return reply("ok", "stop", 1, 1);
            }
        });
        LlmSettings.Limits twoAtOnce = new LlmSettings.Limits(Duration.ofSeconds(10), 0, Duration.ofSeconds(300), 0, 0, 2);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try (LanguageModel model = model(server.baseUrl("/v1"), twoAtOnce)) {
            List<Future<ChatReply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) replies.add(callers.submit(() -> model.chat(PING)));
            for (Future<ChatReply> reply : replies) assertThat(reply.get().text()).isEqualTo("ok");
        } finally {
            callers.shutdownNow();
        }
        assertThat(peak.get()).isEqualTo(2);
        assertThat(server.requests()).isEqualTo(6);
    }

    @Test
    void requestsBeyondTheRateLimitWaitForTheMinuteToMoveOn() throws Exception {
        server.answers(reply("one", "stop", 1, 1), reply("two", "stop", 1, 1));
        LlmSettings.Limits onePerMinute = new LlmSettings.Limits(Duration.ofSeconds(10), 0, Duration.ofSeconds(300), 1, 0, 4);
        try (LanguageModel model = model(server.baseUrl("/v1"), onePerMinute)) {
            assertThat(model.chat(PING).text()).isEqualTo("one");
            assertThat(model.chat(PING).text()).isEqualTo("two");
        }
        assertThat(timing.sleeps()).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void noModelIsOpenedOfflineOrWithoutTheKeyItNeeds() {
        LlmSettings offline = LlmSettings.offline(LIMITS, LlmSettings.Prices.NONE);
        assertThatThrownBy(() -> LanguageModels.open(offline, notices::add)).isInstanceOf(LlmException.class)
                .hasMessageStartingWith("no language model configured");
        LlmSettings noKey = new LlmSettings(Preset.DEEPSEEK, Preset.DEEPSEEK.baseUrl(), "deepseek-chat", "DEEPSEEK_API_KEY", null, LIMITS,
                LlmSettings.Prices.NONE);
        assertThatThrownBy(() -> LanguageModels.open(noKey, notices::add))
                .hasMessage("model deepseek-chat at api.deepseek.com: no API key: set DEEPSEEK_API_KEY or GEOPRESS_LLM_API_KEY");
    }
}
