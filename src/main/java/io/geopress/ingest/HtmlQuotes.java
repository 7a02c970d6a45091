package io.geopress.ingest;

import io.geopress.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The citation of a quote, as the quote's last line: "— name", the name linked to the quote's {@code cite} address
 * when it has one (and holds no link of its own); "— address" when only the address is given.
 */
final class HtmlQuotes {
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s—–―\\-~～]+");

    private HtmlQuotes() {}

    /**
     * @param citation the element naming the source ({@code <footer>}, {@code <cite>}, a figure's caption), or null
     * @param address the quote's {@code cite} attribute, possibly blank
     * @return the line, or nothing when the quote names no source
     */
    static List<Inline> citation(Element citation, Element quote, String address, HtmlReading reading) {
        List<Inline> name = new ArrayList<>();
        if (citation != null) {
            HtmlInline text = new HtmlInline(reading);
            text.addChildren(citation);
            name.addAll(text.nodes());
        }
        if (!name.isEmpty() && name.get(0) instanceof Inline.Text t) {
            String rest = LEADING_DASHES.matcher(t.text()).replaceFirst("");
            if (rest.isEmpty()) name.remove(0);
            else name.set(0, new Inline.Text(rest));
        }
        String url = address.isBlank() ? null : reading.target(quote, address, "quote source", "");
        if (name.isEmpty() && url == null) return List.of();
        List<Inline> line = new ArrayList<>();
        line.add(new Inline.Text("— "));
        boolean linked = name.stream().anyMatch(n -> n instanceof Inline.Link);
        if (url == null || linked) line.addAll(name);
        else line.add(new Inline.Link(url, null, name.isEmpty() ? List.of(new Inline.Text(url)) : name));
        return line;
    }
}
