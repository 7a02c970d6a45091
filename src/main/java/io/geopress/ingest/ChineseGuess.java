package io.geopress.ingest;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of GB18030 and Big5 reads undeclared Chinese bytes better. Either decoder turns the other's bytes into
 * valid but unlikely text (GB18030 reads Big5 as rare characters, kana and box drawing; Big5 reads GB text
 * partly as rare characters and partly as errors), so the reading with more common characters wins.
 *
 * @param charset the better reading
 * @param share the share of its non-ASCII characters that are common Chinese characters or punctuation
 */
record ChineseGuess(Charset charset, double share) {
    /** Enough text to tell; decoding a whole large page twice would only cost time. */
    private static final int SAMPLE_BYTES = 256 * 1024;
    /** A decoding error is far stronger evidence against a reading than one unlikely character. */
    private static final int ERROR_WEIGHT = 4;

    static ChineseGuess of(byte[] bytes) {
        int length = Math.min(bytes.length, SAMPLE_BYTES);
        Score gb = Score.of(new String(bytes, 0, length, Charsets.GB18030));
        Score big5 = Score.of(new String(bytes, 0, length, Charsets.BIG5));
        Score best = big5.value() > gb.value() ? big5 : gb;
        return new ChineseGuess(best == big5 ? Charsets.BIG5 : Charsets.GB18030, best.share());
    }

    private record Score(int common, int nonAscii, int errors) {
        static Score of(String text) {
            int common = 0;
            int nonAscii = 0;
            int errors = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c < 0x80) continue;
                nonAscii++;
                if (c == 0xFFFD) errors++;
                else if (CommonHan.contains(c) || isChinesePunctuation(c)) common++;
            }
            return new Score(common, nonAscii, errors);
        }

        int value() {
            return common - (nonAscii - common - errors) - ERROR_WEIGHT * errors;
        }

        double share() {
            return nonAscii == 0 ? 0 : common / (double) nonAscii;
        }
    }

    private static boolean isChinesePunctuation(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)
                || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0x2026 || c == 0x2014
                || c == 0x00B7;
    }

    /**
     * The most frequent characters of both scripts: GB2312 level 1 (3,755 simplified) and Big5's frequent block
     * (5,401 traditional). Taken from the charsets themselves, so the list is the same for either reading.
     */
    private static final class CommonHan {
        private static final Set<Integer> CHARS = build();

        static boolean contains(int codePoint) {
            return CHARS.contains(codePoint);
        }

        private static Set<Integer> build() {
            Set<Integer> chars = new HashSet<>();
            addRange(chars, Charsets.GB18030, 0xB0, 0xD7, 0xA1, 0xFE, 0xFE);
            addRange(chars, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0xFE, 0x7E);
            return Set.copyOf(chars);
        }

        /** Decodes every two-byte code from {@code firstLead} to {@code lastLead}; the last lead stops early. */
        private static void addRange(Set<Integer> into, Charset charset, int firstLead, int lastLead, int firstTrail,
                int lastTrail, int lastTrailOfLastLead) {
            for (int lead = firstLead; lead <= lastLead; lead++) {
                int end = lead == lastLead ? lastTrailOfLastLead : lastTrail;
                for (int trail = firstTrail; trail <= end; trail++) {
                    String s = new String(new byte[] {(byte) lead, (byte) trail}, charset);
                    int c = s.codePointAt(0);
                    if (s.length() == 1 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        into.add(c);
                    }
                }
            }
        }
    }
}
