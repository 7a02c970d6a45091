package io.geopress.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * What the command line prints goes to a terminal, which obeys control characters: a title holding ESC sequences
 * could recolour the screen, move the cursor or set the window title, bidirectional controls could show a file name
 * backwards. Everything printed passes through {@link #safe}; a value that must stay on one line through {@link
 * #line}. Control characters are written as {@code \\u001b}, so nothing is lost from sight either.
 */
final class Terminal {
    private Terminal() {}

    /** Makes {@code System.out} and {@code System.err} escape what a terminal would obey. */
    static void install() {
        // as the JVM's own streams choose: the console's encoding, else the default
        String console = System.getProperty("sun.stdout.encoding");
        Charset charset = console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
        System.setOut(new Escaping(new FileOutputStream(FileDescriptor.out), charset));
        System.setErr(new Escaping(new FileOutputStream(FileDescriptor.err), charset));
    }

    /**
     * Moves a terminal's cursor back to the start of the line, for a progress bar: the one carriage return printed as
     * it is (one in text is escaped, since it could overwrite the line with another).
     */
    static void carriageReturn(PrintStream out) {
        out.write('\r');
    }

    /** {@code text} with its control characters escaped, line feeds and tabs kept. */
    static String safe(String text) {
        return escape(text, false);
    }

    /** {@code text} on one line: control characters, line breaks and tabs escaped. */
    static String line(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean oneLine) {
        if (text == null) return "null";
        int i = 0;
        while (i < text.length() && !escapes(text.charAt(i), oneLine)) i++;
        if (i == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escapes(c, oneLine)) out.append(c);
            else if (c == '\n') out.append("\\n");
            else if (c == '\t') out.append("\\t");
            else if (c == '\r') out.append("\\r");
            else out.append(String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    private static boolean escapes(char c, boolean oneLine) {
        if (c >= 0x20 && c < 0x7F) return false;
        if (c == '\n' || c == '\t') return oneLine;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 and C1 controls, DEL
                || c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') // bidirectional controls
                || c == '\u2028' || c == '\u2029';
    }

    /**
     * A print stream whose text methods escape. {@code println}, {@code printf}, {@code format} and {@code append}
     * all print through {@link #print(String)}; bytes written directly are left as they are.
     */
    private static final class Escaping extends PrintStream {
        Escaping(FileOutputStream out, Charset charset) {
            super(new BufferedOutputStream(out, 8192), true, charset);
        }

        @Override
        public void print(String s) {
            super.print(safe(s));
        }

        @Override
        public void print(Object o) {
            super.print(safe(String.valueOf(o)));
        }

        @Override
        public void print(char[] s) {
            super.print(safe(new String(s)));
        }

        @Override
        public void print(char c) {
            super.print(safe(String.valueOf(c)));
        }
    }
}
