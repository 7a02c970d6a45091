package io.geopress.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the site's security headers (SiteConfig.securityHeaders) on every answer: as Jetty's outermost handler, on
 * those of the application (pages, redirects, 304s, 404s, the API), and as its error handler, on the error pages
 * Jetty answers itself, such as a request whose path it cannot decode, before any handler sees it.
 */
final class SecurityHeaders extends Handler.Wrapper {
    private final Map<String, String> headers;

    private SecurityHeaders(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
    }

    /**
     * Installs the headers in {@code server}, as Javalin's {@code modifyServer} lets it before Javalin adds its own
     * handler: Javalin then puts that inside this one.
     */
    static void install(Server server, Map<String, String> headers) {
        SecurityHeaders wrapper = new SecurityHeaders(headers);
        server.setHandler(wrapper);
        server.setErrorHandler(wrapper.new ErrorPages());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }

    private final class ErrorPages extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            headers.forEach(response.getHeaders()::put);
            return super.handle(request, response, callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            headers.forEach(fields::put);
            return super.badMessageError(status, reason, fields);
        }
    }
}
