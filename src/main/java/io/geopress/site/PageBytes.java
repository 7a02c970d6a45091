package io.geopress.site;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * A page being rendered, as UTF-8 in one growing array. jte's Utf8ByteOutput keeps a list of chunks and encodes
 * each piece of text into an array of its own (a range of text through a substring first): a twentieth of a full
 * build. The templates' static parts come already encoded (jte's binary static content) and are copied as they are.
 */
final class PageBytes implements TemplateOutput {
    private byte[] bytes = new byte[16 * 1024];
    private int size;
    private char[] chars = new char[256];

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int begin, int end) {
        int length = end - begin;
        if (chars.length < length) chars = new char[Math.max(length, 2 * chars.length)];
        value.getChars(begin, end, chars, 0);
        room(3 * length);
        char[] in = chars;
        byte[] out = bytes;
        int n = size;
        for (int i = 0; i < length; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(in[i + 1])) {
                int cp = Character.toCodePoint(c, in[++i]);
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[n++] = '?'; // a lone surrogate, as String.getBytes writes it
            }
        }
        size = n;
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        room(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }

    private void room(int more) {
        if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
