package io.geopress.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A GET written as it is on a plain socket: for request targets an HTTP client refuses to send ({@code /%},
 * {@code /\evil.example}), which the server must still answer well.
 *
 * @param status the status code of the answer
 * @param headers its headers, names in lower case
 * @param body its body, as UTF-8
 */
public record RawRequest(int status, Map<String, String> headers, String body) {
    public static RawRequest get(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
            return new RawRequest(Integer.parseInt(lines[0].split(" ")[1]), headers, answer.substring(end + 4));
        }
    }
}
