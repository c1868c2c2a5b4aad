package cn.selfeval.web.guard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to an error that the embedded server itself gives (a malformed request, headers too large, a
 * request refused by a guard, an error no route caught): the service's Chinese JSON or page, never Jetty's English
 * HTML or an empty body. A 505 (an HTTP version the server does not speak) is the client's error, not the
 * service's: it is answered as a bad request and not logged as an internal error.
 */
final class JettyErrors extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(JettyErrors.class);

    private final Answers answers;

    JettyErrors(Answers answers) {
        this.answers = answers;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        if (code >= 500 && code != 505 && cause != null) {
            LOG.error("{} {} 内部错误", request.getMethod(), Request.getPathInContext(request), cause);
        }
        Answers.write(answers, request, response, callback, code, kind(code), message(code), code >= 400 && code != 404);
    }

    /** A request too malformed to have a path (before any route could see it): the API's JSON. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        Answers.Answer answer = answers.answer("/api/", status, kind(status), message(status));
        fields.put(HttpHeader.CONTENT_TYPE, answer.contentType());
        cn.selfeval.web.transport.SecurityHeaders.put(fields, false);
        return ByteBuffer.wrap(answer.body().getBytes(StandardCharsets.UTF_8));
    }

    static String kind(int code) {
        return switch (code) {
            case 404 -> "not-found";
            case 408 -> "too-slow";
            case 413 -> "too-large";
            case 414, 431 -> "too-large";
            case 429 -> "too-many-requests";
            case 503 -> "busy";
            case 505 -> "bad-request";
            default -> code >= 500 ? "internal-error" : "bad-request";
        };
    }

    static String message(int code) {
        return switch (code) {
            case 404 -> "没有这个页面";
            case 408 -> "请求超时：没有及时收到完整的请求，已断开；请检查网络后重试";
            case 413 -> "上传的内容过大，未检查";
            case 414 -> "地址过长，未处理";
            case 431 -> "请求头过大，未处理";
            case 429 -> "本机发来的请求过多，请稍后再试";
            case 503 -> "服务正忙，请稍后再试";
            case 505 -> "不支持请求使用的 HTTP 版本，请使用 HTTP/1.1";
            default -> code >= 500 ? "selfeval 内部错误；服务日志中有详细信息" : "无法读取请求（格式不正确）";
        };
    }
}
