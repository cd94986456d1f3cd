package org.hamgam.review;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Sends each request to the one small handler registered for its method and path, in the manner of Javalin's
 * routes: {@code get("/api/documents/{id}", handler)}. Errors become JSON {@code {"error": "…"}} with their status.
 * Requests naming another host than the server's own are refused, so that a web page elsewhere cannot reach it
 * through a DNS name that points at 127.0.0.1.
 */
final class Router extends Handler.Abstract {
    /** One route's work. */
    @FunctionalInterface
    interface RouteHandler {
        void handle(Exchange exchange) throws Exception;
    }

    private record Route(String method, String[] parts, RouteHandler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Consumer<String> log;
    private volatile int port;

    Router(Consumer<String> log) {
        this.log = log;
    }

    void port(int boundPort) {
        this.port = boundPort;
    }

    Router get(String path, RouteHandler handler) {
        routes.add(new Route("GET", split(path), handler));
        return this;
    }

    Router post(String path, RouteHandler handler) {
        routes.add(new Route("POST", split(path), handler));
        return this;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        Exchange exchange = null;
        try {
            if (!ownHost(request.getHeaders().get(HttpHeader.HOST))) {
                throw new HttpError(403, "this server answers requests for 127.0.0.1:" + port + " only");
            }
            boolean pathKnown = false;
            for (Route route : routes) {
                Map<String, String> params = match(route.parts(), split(path));
                if (params == null) {
                    continue;
                }
                pathKnown = true;
                if (route.method().equals(request.getMethod())) {
                    exchange = new Exchange(request, response, callback, params);
                    route.handler().handle(exchange);
                    return true;
                }
            }
            throw pathKnown ? new HttpError(405, request.getMethod() + " is not allowed on " + path)
                    : new HttpError(404, "nothing at " + path);
        } catch (HttpError e) {
            fail(request, response, callback, exchange, e.status(), e.getMessage());
        } catch (EditException e) {
            fail(request, response, callback, exchange, 400, e.getMessage());
        } catch (StaleVersionException e) {
            fail(request, response, callback, exchange, 409, e.getMessage());
        } catch (Exception e) {
            log.accept(request.getMethod() + " " + path + ": " + e);
            fail(request, response, callback, exchange, 500, "the server failed: " + e.getMessage());
        }
        return true;
    }

    private void fail(Request request, Response response, Callback callback, Exchange exchange, int status,
                      String message) {
        Exchange out = exchange != null ? exchange : new Exchange(request, response, callback, Map.of());
        if (out.answered()) {
            return;
        }
        try {
            // A refused request's body is read before the answer: left unread, it costs the connection after the
            // answer is sent, and a client that reuses that connection finds it closed under its next request.
            Content.Source.consumeAll(request);
            out.json(status, JsonNodeFactory.instance.objectNode().put("error", message));
        } catch (Exception e) {
            callback.failed(e);
        }
    }

    private boolean ownHost(String host) {
        return host != null && (host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port));
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    private static Map<String, String> match(String[] pattern, String[] parts) {
        if (pattern.length != parts.length) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].startsWith("{") && pattern[i].endsWith("}")) {
                params.put(pattern[i].substring(1, pattern[i].length() - 1), parts[i]);
            } else if (!pattern[i].equals(parts[i])) {
                return null;
            }
        }
        return params;
    }
}
