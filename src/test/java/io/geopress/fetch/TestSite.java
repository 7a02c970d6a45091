package io.geopress.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A local web site on 127.0.0.1 answering the paths it is given, 404 to any other (robots.txt included). */
final class TestSite implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> pages = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    TestSite() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                asked.add(request.getPath());
                MockResponse page = pages.get(request.getPath());
                return page != null ? page : new MockResponse().setResponseCode(404);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    TestSite page(String path, MockResponse response) {
        pages.put(path, response);
        return this;
    }

    TestSite html(String path, String html) {
        return page(path, new MockResponse().setHeader("Content-Type", "text/html; charset=utf-8").setBody(html));
    }

    TestSite redirect(String path, String location) {
        return page(path, new MockResponse().setResponseCode(302).setHeader("Location", location));
    }

    TestSite robots(String text) {
        return page("/robots.txt", new MockResponse().setHeader("Content-Type", "text/plain").setBody(text));
    }

    /** {@code 127.0.0.1:PORT}, for the settings' test host. */
    String hostPort() {
        return "127.0.0.1:" + server.getPort();
    }

    String url(String path) {
        return "http://" + hostPort() + path;
    }

    int port() {
        return server.getPort();
    }

    /** The paths asked for, in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    MockWebServer server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
