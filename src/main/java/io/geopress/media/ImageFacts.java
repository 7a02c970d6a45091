package io.geopress.media;

/**
 * What an image file holds, read from its bytes rather than its name.
 *
 * @param extension the extension it is stored under: {@code png}, {@code jpg}, {@code gif}, {@code webp} or {@code svg}
 * @param width its width in pixels as a browser shows it (after a JPEG's EXIF orientation), or 0 when an SVG gives
 *     none; likewise {@code height}
 */
record ImageFacts(String extension, int width, int height) {}
