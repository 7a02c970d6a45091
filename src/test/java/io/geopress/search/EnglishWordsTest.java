package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import io.geopress.testing.Seed;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    private static final List<String> SAMPLES =
            List.of("01-city-trams.txt", "02-tea-soil-sensors.txt", "03-library-ai-helpers.txt", "04-night-markets.md");

    @Test
    void wordsAreLowerCasedStemmedAndStopWordsDropped() throws IOException {
        assertThat(words("The city's trams carried 1,000 riders, up 3.5% on U.S. figures; don't stop!"))
                .containsExactly("citi", "tram", "carri", "1,000", "rider", "up", "3.5", "u.", "figur", "don't", "stop");
    }

    @Test
    void theIndexGetsTheWordsLucenesEnglishAnalyzerWouldGiveIt() throws IOException {
        int words = 0;
        for (String sample : SAMPLES) words += assertSameWords(sample, sample(sample));
        assertThat(words).isGreaterThan(1000);
    }

    @Test
    void edgeCasesOfTheWordRulesGiveLucenesWords() throws IOException {
        for (String text : List.of("the 1990's", "Python 3.x", "No.1 and v1.x", "1'a a'1", "a_.b", "Re:Title foo:bar", "l·l",
                "don‘t don’t", "1;000 1,000,000 1,a", "_foo __init__ ___", "cafe\u0301 hyphen\u00ADation", "नमस्ते",
                "O'Neil's U.S.A. example.com 3.5% it's IT'S", "ひらがな カタカナ", "ACGT".repeat(100), "x".repeat(600) + "'s")) {
            assertSameWords(text, text);
        }
    }

    @Test
    void aVeryLongWordIsCutAndNeverTooLongForTheIndex() throws IOException {
        List<String> words = words("ACGT".repeat(9000));
        assertThat(words).hasSize((36000 + EnglishWords.MAX_WORD - 1) / EnglishWords.MAX_WORD);
        assertThat(words).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(EnglishWords.MAX_WORD));
    }

    @Test
    void theSeedPageGetsTheWordsLucenesEnglishAnalyzerWouldGiveIt() throws IOException {
        assertThat(assertSameWords("the seed page", Files.readString(Seed.path()))).isGreaterThan(300);
    }

    /** Checks that {@code text} gets the words EnglishAnalyzer gives it, and returns how many. */
    private static int assertSameWords(String what, String text) throws IOException {
        List<String> expected;
        try (Analyzer lucene = new EnglishAnalyzer()) {
            expected = words(lucene, text);
        }
        List<String> actual = words(text);
        int first = 0;
        while (first < Math.min(actual.size(), expected.size()) && actual.get(first).equals(expected.get(first))) first++;
        assertThat(actual.subList(first, Math.min(first + 5, actual.size())))
                .as(what + ": the words from word " + first + " on")
                .isEqualTo(expected.subList(first, Math.min(first + 5, expected.size())));
        return expected.size();
    }

    @Test
    void offsetsPointAtTheWordsInTheText() throws IOException {
        String text = "Night markets’ stalls, at 9.30 pm";
        try (Analyzer analyzer = SearchIndex.analyzer(); TokenStream stream = analyzer.tokenStream("en", text)) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
            List<String> spans = new ArrayList<>();
            stream.reset();
            while (stream.incrementToken()) spans.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
            stream.end();
            assertThat(spans).containsExactly("night=Night", "market=markets", "stall=stalls", "9.30=9.30", "pm=pm");
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = EnglishWordsTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> words(String text) throws IOException {
        try (Analyzer analyzer = SearchIndex.analyzer()) {
            return words(analyzer, text);
        }
    }

    private static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("en", text)) {
            CharTermAttribute term = stream.getAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) words.add(term.toString());
            stream.end();
        }
        return words;
    }
}
