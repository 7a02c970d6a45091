package io.geopress.model;

import java.util.Objects;

/**
 * The image of a figure block (its caption is the block's text).
 *
 * @param src an http(s) address, or for an image captured into the site's media store its path there
 *     ({@code media/<sha256>.<ext>}), or the local path a source gave when the image could not be read (the block is
 *     then flagged)
 * @param width the image's width in pixels, or 0 when unknown; likewise {@code height}
 * @param alt the image's alternative text in both languages
 * @param credit who made the image (a photographer, an agency), or null
 */
public record Figure(String src, int width, int height, Bilingual alt, String credit) implements Block.Detail {
    public Figure {
        src = LinkTarget.check(Objects.requireNonNull(src, "src"));
        if (width < 0 || height < 0) throw new IllegalArgumentException("image size must not be negative");
        alt = alt == null ? Bilingual.EMPTY : alt.plain();
        credit = credit == null || credit.isBlank() ? null : CleanText.of(credit).strip();
    }

    /** Whether both dimensions are known, as a page needs them to reserve the image's space. */
    public boolean sized() {
        return width > 0 && height > 0;
    }

    public Figure withSize(int w, int h) {
        return new Figure(src, w, h, alt, credit);
    }

    public Figure withSrc(String replaced) {
        return new Figure(replaced, width, height, alt, credit);
    }
}
