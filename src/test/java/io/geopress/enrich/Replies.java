package io.geopress.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scripted model answers, written at test time from the request: translations keep every number and
 * Latin-script word of their block and pad to a plausible length; FAQ answers repeat the first sentence of the block
 * they cite. No reply copies a source's prose into the repository.
 */
final class Replies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern KEPT = Pattern.compile("https?://[A-Za-z0-9./?=&%#_:+~-]+|[A-Za-z0-9][A-Za-z0-9.%+\\-]*");
    private static final Pattern TAG = Pattern.compile("</?\\d+/?>");

    private Replies() {}

    static ScriptedModel.Reply standard(ScriptedModel.Seen s) {
        return ScriptedModel.Reply.of(switch (s.step()) {
            case "translate" -> translations(s, Map.of()).toString();
            case "title" -> "{\"zh\": \"这篇报道回答了什么问题？\", \"en\": \"What question does this report answer?\"}";
            case "summary" -> "{\"en\": \"The article reports what happened, who did it and what comes next, in that order.\","
                    + " \"zh\": \"文章依次说明发生了什么、由谁推动以及下一步计划。\"}";
            case "faq" -> faq(s, 3).toString();
            case "tags" -> "{\"tags\": [\"科技\", \"应用\", \"报道\"], \"keywords\": [\"人工智能\", \"机器人\", \"图书馆\", \"乡镇\", \"借阅\"]}";
            default -> throw new AssertionError(s.step());
        });
    }

    /** {"translations": {…}} for every block asked for, with {@code changed} applied to the text of given blocks. */
    static ObjectNode translations(ScriptedModel.Seen s, Map<String, java.util.function.UnaryOperator<String>> changed) {
        boolean toEnglish = s.user().contains("into English");
        Map<String, String> glossary = glossary(s.user());
        ObjectNode out = JSON.createObjectNode();
        ObjectNode t = out.putObject("translations");
        blocks(s.user()).forEach((n, text) -> {
            StringBuilder fixed = new StringBuilder();
            glossary.forEach((term, translation) -> {
                if (text.contains(term)) fixed.append(' ').append(translation);
            });
            String translated = (toEnglish ? english(text) : chinese(text)) + fixed;
            t.put(n, changed.getOrDefault(n, x -> x).apply(translated));
        });
        return out;
    }

    /** {@code count} FAQ entries, entry i citing the i-th block with enough text and answering with its first sentence. */
    static ObjectNode faq(ScriptedModel.Seen s, int count) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode faq = out.putArray("faq");
        for (Map.Entry<String, String> b : blocks(s.user()).entrySet()) {
            if (faq.size() == count) break;
            String first = b.getValue().split("(?<=[。！？!?])")[0];
            if (first.codePointCount(0, first.length()) < 12) continue;
            faq.add(entry("第" + b.getKey() + "段讲了什么？", "What does part " + b.getKey() + " say?", first, english(first), Integer.parseInt(b.getKey())));
        }
        return out;
    }

    static ObjectNode entry(String qZh, String qEn, String aZh, String aEn, int block) {
        ObjectNode e = JSON.createObjectNode();
        e.putObject("question").put("zh", qZh).put("en", qEn);
        e.putObject("answer").put("zh", aZh).put("en", aEn);
        e.putArray("blocks").add(block);
        return e;
    }

    /** The blocks a request shows: the JSON object on the line after the one that introduces them. */
    static Map<String, String> blocks(String user) {
        String[] lines = user.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("Blocks:") || lines[i].startsWith("Article blocks")) {
                try {
                    JsonNode node = JSON.readTree(lines[i + 1]);
                    Map<String, String> out = new LinkedHashMap<>();
                    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                        String n = it.next();
                        out.put(n, node.get(n).asText());
                    }
                    return out;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("no blocks in " + user);
    }

    private static Map<String, String> glossary(String user) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^(.+) => (.+)$").matcher(user);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    /**
     * An "English translation": the block's numbers, addresses and Latin-script words, padded to about 3.5 characters
     * per Chinese one; the words between tags each translated so, the tags kept in their places.
     */
    static String english(String zh) {
        String start = "In English:";
        if (!TAG.matcher(zh).find()) return start + englishWords(zh, start.length()) + ".";
        return start + tagged(zh, words -> englishWords(words, 0)) + ".";
    }

    /** The words' translation, padded to 3.5 characters per Chinese one after the {@code written} characters before it. */
    private static String englishWords(String zh, int written) {
        StringBuilder out = new StringBuilder();
        for (String kept : kept(zh)) out.append(' ').append(kept);
        long chars = zh.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        while (out.length() + written < chars * 3.5) out.append(" and so on");
        return out.toString();
    }

    static String chinese(String en) {
        String start = "中文译文：";
        if (!TAG.matcher(en).find()) return start + chineseWords(en, start.length()) + "。";
        return start + tagged(en, words -> chineseWords(words, 0)) + "。";
    }

    private static String chineseWords(String en, int written) {
        StringBuilder out = new StringBuilder();
        for (String kept : kept(en)) {
            if (kept.startsWith("http") || kept.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    || Character.isDigit(kept.charAt(0))) {
                out.append(kept).append('，');
            }
        }
        while (!en.isBlank() && out.length() + written < Math.max(1, en.length() / 3.5)) out.append("其余内容");
        return out.toString();
    }

    /** {@code text} with the words between its tags translated by {@code words}, the tags kept. */
    private static String tagged(String text, java.util.function.UnaryOperator<String> words) {
        StringBuilder out = new StringBuilder();
        Matcher m = TAG.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(words.apply(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(words.apply(text.substring(at))).toString();
    }

    private static List<String> kept(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = KEPT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) out.add(m.group());
        return out;
    }
}
