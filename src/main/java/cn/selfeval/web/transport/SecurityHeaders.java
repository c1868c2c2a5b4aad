package cn.selfeval.web.transport;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer of the service carries — pages, API, downloads, redirects, errors and the refusals the
 * guards write before a route is reached. Set by the outermost handler before anything else runs, and again by
 * every answer that is written from scratch ({@link #put}), so that no path through the server loses them.
 * <p>
 * The policy allows only the service's own script and stylesheet: the pages carry no inline script, no event
 * handler attribute and no inline style ({@code TemplatesHaveNoInlineCodeTest}); a page that must keep its styles
 * inline (the rule catalogue, which {@code rules doc} also writes as a file) names the hash of its one style block
 * with {@link #policyWithStyleHash}.
 */
public final class SecurityHeaders extends Handler.Wrapper {

    public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** One year; sent only over HTTPS, where a browser honours it (RFC 6797 §8.1). */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    /** The Content-Security-Policy of every answer. */
    public static String policy() {
        return POLICY;
    }

    /** The policy for a page whose one inline {@code <style>} block has the given CSP hash ('sha256-…'). */
    public static String policyWithStyleHash(String styleHash) {
        return POLICY.replace("style-src 'self'", "style-src 'self' " + styleHash);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        put(response.getHeaders(), request.isSecure());
        return super.handle(request, response, callback);
    }

    /**
     * Puts the headers into an answer's fields.
     *
     * @param secure whether the answer goes over HTTPS (only then Strict-Transport-Security)
     */
    public static void put(HttpFields.Mutable headers, boolean secure) {
        headers.put(CONTENT_SECURITY_POLICY, POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        if (secure) {
            headers.put("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
