package io.geopress.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.geopress.enrich.EnrichOptions;
import io.geopress.model.GeopressException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichSectionTest {
    private static final String SITE = "title: 站点\nbase_url: https://geo.example.com/\n";

    @TempDir Path site;

    private EnrichOptions givenConfig(String section) throws Exception {
        Files.writeString(site.resolve("geopress.yml"), SITE + section);
        return ConfigFile.readEnrich(site);
    }

    @Test
    void withoutASectionTheDefaultsApply() throws Exception {
        assertThat(givenConfig("")).isEqualTo(EnrichOptions.DEFAULT);
    }

    @Test
    void summaryLimitsAndTheGlossaryAreRead() throws Exception {
        EnrichOptions options = givenConfig("enrich:\n  summary_words: 60\n  summary_hanzi: 120\n"
                + "  glossary:\n    生成式引擎优化: generative engine optimization\n    LLM: 大语言模型\n");
        assertThat(options.summaryWords()).isEqualTo(60);
        assertThat(options.summaryHanzi()).isEqualTo(120);
        assertThat(options.maxReplyTokens()).isEqualTo(EnrichOptions.MAX_REPLY_TOKENS);
        assertThat(givenConfig("enrich:\n  max_reply_tokens: 4096\n").maxReplyTokens()).isEqualTo(4096);
        assertThat(options.glossary()).containsExactly(java.util.Map.entry("生成式引擎优化", "generative engine optimization"),
                java.util.Map.entry("LLM", "大语言模型"));
        // the site's settings ignore the section: it never forces a full rebuild
        assertThat(ConfigFile.read(site).title().zh()).isEqualTo("站点");
    }

    @Test
    void badValuesAreOneLineErrorsNamingTheKey() {
        assertThatThrownBy(() -> givenConfig("enrich:\n  summary_words: five\n")).isInstanceOf(GeopressException.class)
                .hasMessageContaining("geopress.yml: key 'enrich.summary_words': expected a whole number of at least 10");
        assertThatThrownBy(() -> givenConfig("enrich:\n  summary_hanzi: 5\n")).hasMessageContaining("'enrich.summary_hanzi'");
        assertThatThrownBy(() -> givenConfig("enrich:\n  max_reply_tokens: 100\n"))
                .hasMessageContaining("'enrich.max_reply_tokens': expected a whole number of at least 1024");
        assertThatThrownBy(() -> givenConfig("enrich:\n  glossary: [a, b]\n")).hasMessageContaining("'enrich.glossary'");
        assertThatThrownBy(() -> givenConfig("enrich:\n  glossary:\n    术语: [x]\n")).hasMessageContaining("'enrich.glossary.术语'");
        assertThatThrownBy(() -> givenConfig("enrich:\n  words: 5\n")).hasMessageContaining("unknown key 'enrich.words'")
                .hasMessageNotContaining("\n");
    }
}
