package cn.selfeval.web.guard;

import cn.selfeval.web.Limits;
import cn.selfeval.web.transport.SecurityHeaders;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * How the server words a refusal made before a request reaches its route: the same JSON error document as the
 * routes' under /api/, the same message page elsewhere. {@code WebServer} supplies it, so that the guards write
 * nothing of their own.
 */
@FunctionalInterface
public interface Answers {

    /** A body and its content type. */
    record Answer(String contentType, String body) {
    }

    Answer answer(String path, int status, String kind, String message);

    /**
     * Writes a refusal.
     *
     * @param close whether the connection ends after it (the body was not read to its end)
     */
    static void write(Answers answers, Request request, Response response, Callback callback, int status, String kind,
            String message, boolean close) {
        Answer answer = answers.answer(Request.getPathInContext(request), status, kind, message);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.put(response.getHeaders(), request.isSecure());
        if (status == 503 || status == 429) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(Limits.RETRY_AFTER_SECONDS));
        }
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
