package io.geopress.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class ChineseWordsTest {
    @Test
    void chineseIsSplitIntoDictionaryWords() throws IOException {
        assertThat(words("茶农用土壤传感器决定浇水")).containsExactly("茶农", "用", "土壤", "传感器", "决定", "浇水");
    }

    @Test
    void numbersAndLatinWordsStayWholeLowerCasedAndPunctuationIsDropped() throws IOException {
        assertThat(words("全长12公里，减少了18%。GPT-4o模型"))
                .containsExactly("全长", "12", "公里", "减少", "了", "18", "gpt", "4o", "模型");
    }

    @Test
    void aVeryLongLatinRunIsCutIntoWordsTheIndexTakes() throws IOException {
        List<String> words = words("序列" + "ACGT".repeat(9000));
        assertThat(words.get(0)).isEqualTo("序列");
        assertThat(words).hasSize(1 + (36000 + EnglishWords.MAX_WORD - 1) / EnglishWords.MAX_WORD);
        assertThat(String.join("", words.subList(1, words.size()))).isEqualTo("acgt".repeat(9000));
    }

    @Test
    void offsetsPointIntoTheOriginalTextSoSnippetsCanMarkWords() throws IOException {
        String text = "沿线 tram 线路";
        WordTokenizer tokenizer = new WordTokenizer(new ChineseWords());
        tokenizer.setReader(new StringReader(text));
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokenizer.getAttribute(OffsetAttribute.class);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
            assertThat(text.substring(offset.startOffset(), offset.endOffset())).isEqualTo(term.toString());
        }
        tokenizer.end();
        assertThat(offset.endOffset()).isEqualTo(text.length());
        tokenizer.close();
    }

    @Test
    void aReusedTokenizerForgetsThePreviousText() throws IOException {
        WordTokenizer tokenizer = new WordTokenizer(new ChineseWords());
        assertThat(words(tokenizer, "有轨电车")).containsExactly("有轨", "电车");
        assertThat(words(tokenizer, "公里")).containsExactly("公里");
    }

    @Test
    void theWordsAreThoseOfHanlpsLongestMatchSegmenter() throws IOException {
        Segment hanlp = new DoubleArrayTrieSegment().enablePartOfSpeechTagging(false);
        int runs = 0;
        for (String sample : List.of("01-city-trams.txt", "02-tea-soil-sensors.txt", "03-library-ai-helpers.txt", "04-night-markets.md")) {
            String text;
            try (InputStream in = ChineseWordsTest.class.getResourceAsStream("/samples/" + sample)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher han = Pattern.compile("\\p{IsHan}+").matcher(text);
            while (han.find()) {
                runs++;
                List<String> expected = hanlp.seg(han.group()).stream().map(term -> term.word).toList();
                assertThat(words(han.group())).as(sample + ": " + han.group()).isEqualTo(expected);
            }
        }
        assertThat(runs).isGreaterThan(100);
    }

    private static List<String> words(String text) throws IOException {
        return words(new WordTokenizer(new ChineseWords()), text);
    }

    private static List<String> words(WordTokenizer tokenizer, String text) throws IOException {
        tokenizer.setReader(new StringReader(text));
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        List<String> words = new ArrayList<>();
        tokenizer.reset();
        while (tokenizer.incrementToken()) words.add(term.toString());
        tokenizer.end();
        tokenizer.close();
        return words;
    }
}
