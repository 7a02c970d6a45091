package io.geopress.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An SVG image's size, from its root's {@code width}, {@code height} and {@code viewBox}, read with no DTD and no
 * external entity (an XML file can otherwise make its reader fetch files or expand entities without end). An SVG that
 * can run a script (a script, an event handler, a {@code javascript:} address, foreign content) is refused: opened
 * on its own, from this site's address, it would run there.
 */
final class SvgImage {
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener");
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(px|pt|pc|mm|cm|in)?\\s*");
    private static final Map<String, Double> PIXELS_PER = Map.of("px", 1.0, "pt", 96 / 72.0, "pc", 16.0, "mm", 96 / 25.4,
            "cm", 96 / 2.54, "in", 96.0);
    private static final int LARGEST_SIDE = 100_000;

    private SvgImage() {}

    /** Whether {@code file} may be XML: its first byte past a byte order mark and white space is {@code <}. */
    static boolean looksLikeXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) i++;
            return i < head.length && head[i] == '<';
        }
    }

    static ImageFacts read(Path file) throws UnusableImage {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                ImageFacts facts = null;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                    if (facts == null) {
                        if (!xml.getLocalName().equals("svg")) throw new UnusableImage("is an XML file, not an SVG image");
                        facts = size(xml);
                    }
                    refuseActive(xml);
                }
                if (facts == null) throw new UnusableImage("is an XML file, not an SVG image");
                return facts;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new UnusableImage("cannot be read as an SVG image: " + e.getMessage().replaceAll("\\s+", " "));
        } catch (IOException e) {
            throw new UnusableImage("cannot be read: " + e.getMessage());
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    private static void refuseActive(XMLStreamReader xml) throws UnusableImage {
        String element = xml.getLocalName();
        if (ACTIVE_ELEMENTS.contains(element.toLowerCase(Locale.ROOT))) {
            throw new UnusableImage("is an SVG image holding a <" + element + ">, which could run on this site: not taken");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            if (name.toLowerCase(Locale.ROOT).startsWith("on") || value.contains("javascript:")) {
                throw new UnusableImage("is an SVG image whose <" + element + "> has a script in its " + name
                        + " attribute, which could run on this site: not taken");
            }
        }
    }

    /** The size of the root element: its width and height, or what its viewBox gives for the ones missing. */
    private static ImageFacts size(XMLStreamReader svg) {
        double width = length(svg.getAttributeValue(null, "width"));
        double height = length(svg.getAttributeValue(null, "height"));
        double[] box = viewBox(svg.getAttributeValue(null, "viewBox"));
        if (box != null) {
            if (Double.isNaN(width) && Double.isNaN(height)) {
                width = box[0];
                height = box[1];
            } else if (Double.isNaN(width)) {
                width = height * box[0] / box[1];
            } else if (Double.isNaN(height)) {
                height = width * box[1] / box[0];
            }
        }
        return new ImageFacts("svg", pixels(width), pixels(height));
    }

    /** A length in pixels; NaN for none, or one relative to what shows the image (a percentage, em). */
    private static double length(String value) {
        if (value == null) return Double.NaN;
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) return Double.NaN;
        return Double.parseDouble(m.group(1)) * (m.group(2) == null ? 1 : PIXELS_PER.get(m.group(2)));
    }

    /** A viewBox's width and height, or null when it has none that is valid. */
    private static double[] viewBox(String value) {
        if (value == null) return null;
        String[] parts = value.strip().split("[\\s,]+");
        if (parts.length != 4) return null;
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            return width > 0 && height > 0 && Double.isFinite(width) && Double.isFinite(height) ? new double[] {width, height} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whole pixels, or 0 (unknown) for no size or an absurd one. */
    private static int pixels(double length) {
        long rounded = Math.round(length);
        return Double.isNaN(length) || rounded < 1 || rounded > LARGEST_SIDE ? 0 : (int) rounded;
    }
}
