package io.geopress.ingest;

import io.geopress.model.Bilingual;
import io.geopress.model.Figure;
import io.geopress.model.LinkTarget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The image an {@code <img>} shows: the largest candidate of its {@code srcset}, else the address a lazy-loading
 * script would put in (data-src and its variants), else its {@code src}; a placeholder (a {@code data:} image, a
 * blank or spacer gif, an image of 1×1 pixels) never wins. Its alt text waits in the Chinese slot, as
 * {@link BlockPairer.Candidate} wants.
 */
final class HtmlImages {
    private static final List<String> SRCSETS = List.of("data-srcset", "data-lazy-srcset", "srcset");
    private static final List<String> LAZY = List.of("data-src", "data-original", "data-lazy-src", "data-actualsrc",
            "data-original-src", "data-lazy", "data-hi-res-src", "data-full-src", "data-echo", "data-url", "file");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?:^|[/_.-])(?:blank|spacer|pixel|placeholder|transparent|loading|lazy|lazyload|grey|gray|empty|1x1)"
                    + "(?:[_.-][^/]*)?\\.(?:gif|png|svg|jpe?g|webp)(?:[?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTOR = Pattern.compile("(\\d{1,6}(?:\\.\\d{1,3})?)[wx]");
    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*(\\d{1,6})");

    private HtmlImages() {}

    /**
     * The figure of an image, or null when it shows none: no address but a placeholder, or one of a scheme no page
     * may load (each with a warning naming the line, unless the image is a blank spacer).
     */
    static Figure figure(Element img, HtmlReading reading) {
        List<String> sources = sources(img);
        String alt = HtmlText.collapse(img.attr("alt"));
        String src = sources.stream().filter(s -> !isPlaceholder(s)).findFirst().orElse(null);
        if (src == null) {
            String data = sources.stream().filter(s -> s.regionMatches(true, 0, "data:", 0, 5)).findFirst().orElse(null);
            if (data != null || !alt.isEmpty()) {
                reading.warn(img, "an image with no address but " + (data != null ? "an embedded data: image" : "a placeholder")
                        + " is not kept" + (alt.isEmpty() ? "" : "; its alt text: “" + BlockPairer.head(alt) + "”"));
            }
            return null;
        }
        int width = pixels(img.attr("width"));
        int height = pixels(img.attr("height"));
        Bilingual altText = new Bilingual(alt, "");
        Path local = reading.addresses().localFile(src);
        String problem = LinkTarget.problem(src);
        if (local != null && problem != null) {
            reading.warn(img, "image '" + BlockPairer.head(src) + "' is not kept (" + problem + ")");
            return null;
        }
        if (local != null && !reading.addresses().inside(local)) {
            reading.warn(img, "image '" + BlockPairer.head(src) + "' is outside the page's folder and is not read;"
                    + " put it beside the page");
            local = null;
        }
        if (local != null) {
            Figure figure = new Figure(src.strip(), width, height, altText, null);
            if (reading.images().stream().noneMatch(known -> known.src().equals(figure.src()))) {
                reading.images().add(new Imported.LocalImage(figure.src(), local, reading.at(img)));
            }
            return figure;
        }
        String instead = alt.isEmpty() ? "" : "; its alt text: “" + BlockPairer.head(alt) + "”";
        String url = reading.target(img, src, "image", instead);
        return url == null ? null : new Figure(url, width, height, altText, null);
    }

    /** The addresses an image names, best first. */
    private static List<String> sources(Element img) {
        List<String> sources = new ArrayList<>();
        for (String attr : SRCSETS) largest(img.attr(attr), sources);
        for (String attr : LAZY) if (!img.attr(attr).isBlank()) sources.add(img.attr(attr).strip());
        boolean pixel = img.attr("width").strip().equals("1") && img.attr("height").strip().equals("1");
        if (!img.attr("src").isBlank() && !pixel) sources.add(img.attr("src").strip()); // a 1×1 image is a placeholder
        Element picture = img.parent();
        if (picture != null && picture.normalName().equals("picture")) {
            for (Element source : picture.select("> source")) largest(source.attr("srcset"), sources);
        }
        return sources;
    }

    /**
     * Adds the largest candidate of a {@code srcset} (by its width or density; none given counts as 1x). A candidate's
     * address ends at white space, so it may hold commas; a comma right after it ends the candidate.
     */
    private static void largest(String srcset, List<String> into) {
        String best = null;
        double bestSize = -1;
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) i++;
            if (start == i) break;
            String url = srcset.substring(start, i);
            String descriptor = "";
            if (url.endsWith(",")) {
                url = url.replaceFirst(",+$", "");
            } else {
                int end = srcset.indexOf(',', i);
                descriptor = srcset.substring(i, end < 0 ? n : end).strip();
                i = end < 0 ? n : end + 1;
            }
            double size = density(descriptor);
            if (!isPlaceholder(url) && size > bestSize) {
                best = url;
                bestSize = size;
            }
        }
        if (best != null) into.add(best);
    }

    /** The number of a descriptor {@code 960w} or {@code 2x}; 1 for none or one not understood. */
    private static double density(String descriptor) {
        Matcher m = DESCRIPTOR.matcher(descriptor);
        return m.matches() ? Double.parseDouble(m.group(1)) : 1;
    }

    static boolean isPlaceholder(String src) {
        String s = src.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() || s.startsWith("data:") || s.startsWith("about:") || PLACEHOLDER.matcher(s).find();
    }

    private static int pixels(String attr) {
        Matcher m = LEADING_NUMBER.matcher(attr);
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }
}
