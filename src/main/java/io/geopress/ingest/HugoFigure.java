package io.geopress.ingest;

import io.geopress.ingest.MarkdownFigures.FigureSource;
import io.geopress.model.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hugo's {@code figure} shortcode, {@code {{< figure src="…" … >}}} or {@code {{% figure … %}}}, as {@link
 * HugoShortcode} reads it: a figure of its named parameters.
 */
final class HugoFigure {
    static final Set<String> KNOWN = Set.of("src", "link", "target", "rel", "alt", "title", "caption", "class", "height",
            "width", "loading", "attr", "attrlink");

    private HugoFigure() {}

    /**
     * The figure a shortcode gives, or null when it is malformed (a warning said so, and it stays text).
     *
     * @param name how warnings name the file; {@code line} is the shortcode's
     * @param captions reads the caption, which Hugo renders as Markdown
     */
    static FigureSource figure(HugoShortcode.Node shortcode, String name, int line, List<String> warnings,
            MarkdownInline.Captions captions) {
        String at = name + ":" + line;
        String problem = shortcode.closed ? null : "it is not closed with >}} or %}}";
        HugoShortcode.Arguments p = problem == null ? HugoShortcode.arguments(shortcode) : null;
        if (problem == null) problem = p.problem();
        if (problem == null && !p.positional().isEmpty()) problem = "parameter '" + p.positional().get(0) + "' has no value (name=\"value\")";
        if (problem == null && p.named().getOrDefault("src", "").isBlank()) problem = "no src";
        if (problem != null) {
            warnings.add(at + ": malformed figure shortcode (" + problem + "); kept as text");
            return null;
        }
        Map<String, String> v = p.named();
        for (String key : v.keySet()) {
            if (!KNOWN.contains(key)) warnings.add(at + ": figure shortcode parameter '" + key + "' is not known; ignored");
        }
        List<Inline> caption = new ArrayList<>();
        if (!v.getOrDefault("title", "").isBlank()) caption.add(new Inline.Text(v.get("title")));
        if (!v.getOrDefault("caption", "").isBlank()) {
            if (!caption.isEmpty()) caption.add(new Inline.Break());
            caption.addAll(captions.read(v.get("caption"), line));
        }
        return new FigureSource(v.get("src").strip(), v.getOrDefault("alt", ""), caption, v.get("attr"), v.get("attrlink"),
                v.get("link"), pixels(v, "width", at, warnings), pixels(v, "height", at, warnings), line);
    }

    /** A width or height in pixels ("300" or "300px"), 0 when not given or not a number (with a warning). */
    private static int pixels(Map<String, String> values, String name, String at, List<String> warnings) {
        String value = values.getOrDefault(name, "").strip();
        if (value.isEmpty()) return 0;
        String digits = value.endsWith("px") ? value.substring(0, value.length() - 2) : value;
        if (digits.matches("\\d{1,6}")) return Integer.parseInt(digits);
        warnings.add(at + ": figure shortcode " + name + " '" + BlockPairer.head(value) + "' is not a number of pixels; ignored");
        return 0;
    }
}
