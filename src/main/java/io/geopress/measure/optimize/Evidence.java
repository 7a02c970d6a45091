package io.geopress.measure.optimize;

import io.geopress.model.Article;
import io.geopress.model.Bilingual;
import io.geopress.model.Block;
import io.geopress.model.Faq;
import io.geopress.model.Figure;
import io.geopress.model.Lang;
import io.geopress.model.Table;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures, quotations and web addresses an article holds (every text of it, in both languages: title, summary,
 * body with captions, alt texts and table cells, FAQ, the source's name and title), which a rewrite may use and
 * nothing beyond. A number is written in digits (full-width digits and thousands separators allowed; 1,200 = 1200 =
 * 1200.0); numbers written in words are not checked. A quotation is text in “…”, "…", 「…」 or 『…』 and must occur
 * word for word (white space aside) in the article.
 */
final class Evidence {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern QUOTATION = Pattern.compile("“([^”]{2,})”|\"([^\"]{2,})\"|「([^」]{2,})」|『([^』]{2,})』");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?://|www\\.)[A-Za-z0-9\\-._~:/?#@!$&'()*+,;=%]+");

    private final Set<String> numbers;
    private final Set<String> addresses;
    private final String text;

    private Evidence(String text) {
        this.text = text;
        this.numbers = numbers(text);
        this.addresses = addresses(text);
    }

    static Evidence of(Article article) {
        List<String> texts = new ArrayList<>();
        add(texts, article.title());
        add(texts, article.summary());
        add(texts, article.source().name());
        add(texts, article.source().title());
        if (article.source().url() != null) texts.add(article.source().url());
        for (Block b : article.body()) {
            add(texts, b.text());
            Figure f = b.figure();
            if (f != null) add(texts, f.alt());
            Table t = b.table();
            if (t != null) t.rows().forEach(row -> row.cells().forEach(cell -> add(texts, cell.text())));
        }
        for (Faq faq : article.faq()) {
            add(texts, faq.question());
            add(texts, faq.answer());
        }
        return new Evidence(normal(String.join("\n", texts)));
    }

    private static void add(List<String> texts, Bilingual text) {
        for (Lang lang : Lang.values()) if (text.has(lang)) texts.add(text.get(lang));
    }

    /** The first figure, quotation or address of either language of {@code text} the article does not hold, or empty. */
    Optional<String> invented(Bilingual text) {
        for (Lang lang : Lang.values()) {
            Optional<String> invented = text.has(lang) ? invented(text.get(lang)) : Optional.empty();
            if (invented.isPresent()) return invented;
        }
        return Optional.empty();
    }

    /** The first figure, quotation or address of {@code rewrite} the article does not hold, named, or empty. */
    Optional<String> invented(String rewrite) {
        String t = normal(rewrite);
        Matcher address = ADDRESS.matcher(t);
        while (address.find()) {
            if (!addresses.contains(trimmed(address.group()))) return Optional.of("the address " + trimmed(address.group()));
        }
        Matcher quote = QUOTATION.matcher(t);
        while (quote.find()) {
            String quoted = quoted(quote);
            if (!text.contains(quoted)) return Optional.of("the quotation “" + quoted + "”");
        }
        Matcher number = NUMBER.matcher(ADDRESS.matcher(t).replaceAll(" "));
        while (number.find()) {
            if (!numbers.contains(plain(number.group()))) return Optional.of("the number " + number.group());
        }
        return Optional.empty();
    }

    private static String quoted(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) return m.group(g).strip();
        throw new IllegalStateException("a quotation without text");
    }

    private static Set<String> numbers(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) found.add(plain(m.group()));
        return found;
    }

    private static Set<String> addresses(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) found.add(trimmed(m.group()));
        return found;
    }

    /** An address as a sentence holds it: punctuation after it ends the sentence, not the address. */
    private static String trimmed(String address) {
        int end = address.length();
        while (end > 0 && ".,;:!?'()".indexOf(address.charAt(end - 1)) >= 0) end--;
        return address.substring(0, end);
    }

    private static String plain(String digits) {
        BigDecimal stripped = new BigDecimal(digits).stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Full-width forms as ASCII, thousands separators dropped, runs of white space as one space. */
    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("(?<=\\d),(?=\\d{3})", "").replaceAll("\\s+", " ");
    }
}
