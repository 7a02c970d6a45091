package io.geopress.measure.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.geopress.enrich.ResponseCache;
import io.geopress.llm.FakeChatServer;
import io.geopress.llm.LanguageModel;
import io.geopress.llm.LanguageModels;
import io.geopress.llm.LlmSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The model engine against a fake OpenAI-compatible server that checks each prompt is the GEO paper's. */
class ModelAnswererTest {
    private static final Pattern SOURCE_HEADINGS = Pattern.compile("(?m)^### Source (\\d+):$");

    /** Replies kept in memory, as the store keeps them, counting the requests it saved. */
    private static final class Replies implements ResponseCache {
        final Map<String, String> kept = new LinkedHashMap<>();
        int hits;

        @Override
        public Optional<String> get(String key) {
            String reply = kept.get(key);
            if (reply != null) hits++;
            return Optional.ofNullable(reply);
        }

        @Override
        public void put(String key, String reply) {
            kept.put(key, reply);
        }
    }

    @Test
    void eachSampleIsOneRequestWithTheNumberedSourcesAndTheCitationRuleAndIsScored() throws Exception {
        try (FakeChatServer server = new FakeChatServer()) {
            server.answers(FakeChatServer.reply("Home composting takes about three months [1].", "stop", 120, 12));
            server.answers(FakeChatServer.reply("It takes three months [1], or six in the cold [2].", "stop", 120, 14));
            Replies cache = new Replies();
            Run run;
            try (LanguageModel model = model(server)) {
                run = new Simulator(FixtureCorpus.all(), Answerer.withModel(model, ModelOptions.DEFAULT, cache, n -> {}), 3, 2,
                        SimulatorTest.CLOCK).run(SimulatorTest.QUERIES.subList(0, 1), q -> {});
            }
            for (int sample = 0; sample < 2; sample++) {
                JsonNode body = server.nextChatRequest("/v1/chat/completions", "test-key");
                assertThat(body.path("temperature").asDouble()).isEqualTo(0.7);
                assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
                JsonNode messages = body.path("messages");
                assertThat(messages).hasSize(1);
                assertThat(messages.get(0).path("role").asText()).isEqualTo("user");
                String prompt = messages.get(0).path("content").asText();
                assertThat(prompt).contains("using only the search results", "Follow every sentence immediately with in-line "
                        + "citations", "[index]", "[1][2][3]", "\n\nQuestion: How long does home composting take?\n\n");
                List<String> numbers = new ArrayList<>();
                SOURCE_HEADINGS.matcher(prompt).results().forEach(m -> numbers.add(m.group(1)));
                assertThat(numbers).containsExactly("1", "2", "3");
                assertThat(prompt).contains("### Source 1:\n" + FixtureCorpus.COMPOST.text() + "\n\n### Source 2:\n");
            }
            QueryResult result = run.queries().get(0);
            assertThat(run.engine()).isEqualTo("model");
            assertThat(run.model()).isEqualTo("fake-model");
            assertThat(result.samples()).extracting(SampleResult::answer).doesNotHaveDuplicates();
            assertThat(result.samples().get(1).score().sources().get(1).cited()).isTrue();
            assertThat(cache.kept).hasSize(2);
        }
    }

    @Test
    void aRunAskedAgainIsAnsweredFromTheCacheWithoutARequest() throws Exception {
        try (FakeChatServer server = new FakeChatServer()) {
            server.answers(FakeChatServer.reply("Three months [1].", "stop", 100, 5));
            Replies cache = new Replies();
            try (LanguageModel model = model(server)) {
                Answerer answerer = Answerer.withModel(model, ModelOptions.DEFAULT, cache, n -> {});
                String first = answerer.answer(SimulatorTest.QUERIES.get(0), List.of(FixtureCorpus.COMPOST), 0);
                String again = answerer.answer(SimulatorTest.QUERIES.get(0), List.of(FixtureCorpus.COMPOST), 0);
                assertThat(again).isEqualTo(first).isEqualTo("Three months [1].");
                assertThat(cache.hits).isEqualTo(1);
            }
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    @Test
    void noAnswerIsAskedForOnceTheRunsTokenBudgetIsSpentAndACutReplyIsNoticed() throws Exception {
        try (FakeChatServer server = new FakeChatServer()) {
            server.answers(FakeChatServer.reply("Three months [1].", "length", 150, 60));
            List<String> notices = new ArrayList<>();
            try (LanguageModel model = model(server)) {
                Answerer answerer = Answerer.withModel(model, new ModelOptions(0.7, 60, 200), new Replies(), notices::add);
                answerer.answer(SimulatorTest.QUERIES.get(0), List.of(FixtureCorpus.COMPOST), 0);
                assertThatThrownBy(() -> answerer.answer(SimulatorTest.QUERIES.get(0), List.of(FixtureCorpus.COMPOST), 1))
                        .isInstanceOf(SimulationException.class)
                        .hasMessage("budget: 210 of 200 tokens spent (--max-tokens); query 'en-1' sample 2 and the rest were not asked");
            }
            assertThat(notices).containsExactly("query 'en-1' sample 1: the answer was cut off at 60 tokens; scored as it is");
            assertThat(server.requests()).isEqualTo(1);
        }
    }

    private static LanguageModel model(FakeChatServer server) {
        LlmSettings settings = new LlmSettings(null, server.baseUrl("/v1"), "fake-model", null,
                "test-key", LlmSettings.Limits.DEFAULT, LlmSettings.Prices.NONE);
        return LanguageModels.open(settings, notice -> {});
    }
}
