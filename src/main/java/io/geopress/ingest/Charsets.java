package io.geopress.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes the bytes of an HTML page: a byte order mark wins, then a charset declared by the HTTP
 * {@code Content-Type} header (when the page came over HTTP), then one declared in a {@code <meta>} tag near
 * the top, then detection; with nothing to go on, UTF-8.
 */
final class Charsets {
    /** Where the charset came from. */
    enum Origin { BOM, HTTP_HEADER, META, DETECTED, DEFAULT }

    /**
     * @param text the page without its byte order mark
     * @param notes what an editor should know (a declaration that was wrong or unknown, undecodable bytes),
     *     without the file name
     */
    record Decoded(String text, Charset charset, Origin origin, List<String> notes) {
        Decoded {
            notes = List.copyOf(notes);
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    /** WHATWG decodes every "big5" label with the HKSCS superset, and so do we. */
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Browsers look for a declaration in the first 1024 bytes; generous heads push it further down. */
    private static final int PRESCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A declaration is overruled only by this much valid multi-byte UTF-8, which legacy text almost never is. */
    private static final int UTF8_EVIDENCE = 8;
    /** Share of non-ASCII characters that must be common Chinese before a guess overrules the detector. */
    private static final double CHINESE_SHARE = 0.6;
    private static final Set<String> CHINESE_DETECTIONS = Set.of("GB18030", "GBK", "GB2312", "BIG5", "EUC-TW",
            "HZ-GB-2312", "ISO-2022-CN");

    private Charsets() {}

    static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** @param contentType the HTTP {@code Content-Type} header, or null for a file */
    static Decoded decode(byte[] bytes, String contentType) {
        List<String> notes = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return decoded(bytes, bom.length(), bom.charset(), Origin.BOM, notes);
        }
        Decoded declared = declared(bytes, contentType, HEADER_CHARSET, Origin.HTTP_HEADER, "the HTTP header", notes);
        if (declared == null) {
            declared = declared(bytes, metaDeclaration(bytes), META_CHARSET, Origin.META, "the page", notes);
        }
        if (declared != null) return declared;
        Charset detected = detect(bytes);
        return decoded(bytes, 0, detected == null ? StandardCharsets.UTF_8 : detected,
                detected == null ? Origin.DEFAULT : Origin.DETECTED, notes);
    }

    private static Decoded declared(byte[] bytes, String where, Pattern pattern, Origin origin, String who,
            List<String> notes) {
        if (where == null) return null;
        Matcher m = pattern.matcher(where);
        if (!m.find()) return null;
        String label = m.group(1);
        Charset charset = forLabel(label);
        if (charset == null) {
            notes.add(who + " declares the unknown charset '" + label + "'; detecting it instead");
            return null;
        }
        if (!charset.equals(StandardCharsets.UTF_8) && utf8Sequences(bytes) >= UTF8_EVIDENCE) {
            // A template that still declares gb2312 after the site moved to UTF-8 is a common mistake.
            notes.add(who + " declares " + label + " but the bytes are UTF-8; read as UTF-8");
            return decoded(bytes, 0, StandardCharsets.UTF_8, origin, notes);
        }
        return decoded(bytes, 0, charset, origin, notes);
    }

    private static String metaDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        return COMMENT.matcher(head).replaceAll("");
    }

    /** The charset a label names, with the supersets browsers use; null when Java knows no such charset. */
    static Charset forLabel(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312", "euc-cn",
                    "chinese", "iso-ir-58", "gb18030" -> {
                return GB18030;
            }
            case "big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5" -> {
                return BIG5;
            }
            // A page whose <meta> could be read as ASCII is not UTF-16, whatever it says.
            case "utf-16", "utf-16le", "utf-16be", "unicode" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "latin1", "l1", "us-ascii", "ascii" -> {
                return WINDOWS_1252;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
    }

    /** Detects the charset of undeclared bytes; null when there is nothing to tell (UTF-8 will do). */
    static Charset detect(byte[] bytes) {
        if (isUtf8(bytes)) return StandardCharsets.UTF_8;
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        Charset detected = name == null ? null : forLabel(name);
        // GB18030 decodes Big5 bytes without an error, and the detector takes short Chinese text for Cyrillic
        // or Latin: weigh the two Chinese readings against each other unless the detector clearly saw another
        // language.
        ChineseGuess guess = ChineseGuess.of(bytes);
        if (guess.share() >= CHINESE_SHARE) return guess.charset();
        if (detected != null && CHINESE_DETECTIONS.contains(name.toUpperCase(Locale.ROOT))) return guess.charset();
        return detected;
    }

    static boolean isUtf8(byte[] bytes) {
        return utf8Sequences(bytes) >= 0;
    }

    /** How many multi-byte sequences the bytes hold when they are valid UTF-8, else -1. */
    private static int utf8Sequences(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return (int) text.codePoints().filter(c -> c >= 0x80).count();
        } catch (CharacterCodingException e) {
            return -1;
        }
    }

    private static Decoded decoded(byte[] bytes, int offset, Charset charset, Origin origin, List<String> notes) {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
            notes.add(replaced + " byte sequence" + (replaced == 1 ? "" : "s") + " could not be read as "
                    + charset.name() + " and became \uFFFD");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return new Decoded(text, charset, origin, notes);
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
