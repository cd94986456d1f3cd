package org.hamgam.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.hamgam.io.Json;

/**
 * One request and its response, in the manner of Javalin's {@code Context}: what a route handler reads (path
 * parameters, query, headers, body) and how it answers (JSON or text with a status). Each handler answers once.
 */
final class Exchange {
    /** The page and the API load nothing from elsewhere and cannot be framed. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Map<String, String> pathParams;
    private boolean answered;

    Exchange(Request request, Response response, Callback callback, Map<String, String> pathParams) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.pathParams = Map.copyOf(pathParams);
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter, or null. */
    String query(String name) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        return fields.getValue(name);
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The body as JSON; a body that is not JSON is a 400. */
    JsonNode bodyJson() throws IOException {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new HttpError(400, "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    void json(int status, Object value) throws IOException {
        text(status, "application/json; charset=utf-8", Json.mapper().writeValueAsString(value));
    }

    void text(int status, String contentType, String body) {
        if (answered) {
            throw new IllegalStateException("answered twice");
        }
        answered = true;
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("Content-Security-Policy", CSP);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, body, callback);
    }

    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    boolean answered() {
        return answered;
    }
}
