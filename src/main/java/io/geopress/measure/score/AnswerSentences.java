package io.geopress.measure.score;

import io.geopress.text.Extracts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's sentences with the citations they carry: paragraphs split on blank lines and flattened, sentences
 * split as {@link Extracts#sentences} splits them (English on . ! ? but not inside "3.5", "e.g.", "U.S.";
 * Chinese on 。！？；). A citation mark belongs to the last sentence whose words began before it, so that both
 * "cheap [1]." and "cheap. [1]" cite the sentence about being cheap; a mark before the answer's first word
 * belongs to the first sentence.
 */
final class AnswerSentences {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n\\s*");

    private AnswerSentences() {}

    static List<Sentence> of(String answer) {
        Citations.Marked marked = Citations.mark(answer.replace("\r\n", "\n"));
        String text = marked.text();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher blank = BLANK_LINE.matcher(text);
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            boolean more = blank.find(paragraphStart);
            int paragraphEnd = more ? blank.start() : text.length();
            locate(text, paragraphStart, paragraphEnd, starts, ends);
            if (!more) break;
            paragraphStart = blank.end();
        }
        List<Set<Integer>> cited = new ArrayList<>();
        starts.forEach(s -> cited.add(new LinkedHashSet<>()));
        int mark = 0;
        for (int at = 0; at < text.length(); at++) {
            if (text.charAt(at) != Citations.MARK) continue;
            int owner = 0;
            while (owner + 1 < starts.size() && firstWord(text, starts.get(owner + 1)) < at) owner++;
            if (!cited.isEmpty()) cited.get(owner).addAll(marked.marks().get(mark));
            mark++;
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String plain = text.substring(starts.get(i), ends.get(i)).replace(String.valueOf(Citations.MARK), "").strip();
            sentences.add(new Sentence(plain, WordCount.of(plain), new ArrayList<>(cited.get(i))));
        }
        return sentences;
    }

    /** Adds where each sentence of the paragraph {@code text[from, to)} starts and ends. */
    private static void locate(String text, int from, int to, List<Integer> starts, List<Integer> ends) {
        String paragraph = text.substring(from, to);
        int cursor = 0;
        for (String sentence : Extracts.sentences(paragraph)) {
            int at = paragraph.indexOf(sentence, cursor);
            starts.add(from + at);
            ends.add(from + at + sentence.length());
            cursor = at + sentence.length();
        }
    }

    /** Where the sentence starting at {@code start} has its first character that is neither space nor a mark. */
    private static int firstWord(String text, int start) {
        int i = start;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == Citations.MARK)) i++;
        return i;
    }
}
