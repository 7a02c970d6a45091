package io.geopress.site.page;

import java.util.List;

/** A copy of an image at another width, for {@code srcset}: its address and its width in pixels. */
public record ImageVariant(String url, int width) {
    public ImageVariant {
        if (width < 1) throw new IllegalArgumentException("an image variant is at least 1 pixel wide: " + width);
    }

    /** The {@code srcset} of {@code variants} ("a.480.png 480w, a.960.png 960w"), or null when there are none. */
    public static String srcset(List<ImageVariant> variants) {
        if (variants.isEmpty()) return null;
        StringBuilder out = new StringBuilder();
        for (ImageVariant v : variants) {
            if (!out.isEmpty()) out.append(", ");
            // a comma or a space inside an address would split the list: encoded, as a browser reads it anyway
            out.append(v.url().replace(" ", "%20").replace(",", "%2C")).append(' ').append(v.width()).append('w');
        }
        return out.toString();
    }
}
