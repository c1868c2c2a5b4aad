package cn.selfeval.web.guard;

import cn.selfeval.web.Limits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.DoSHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's protections, set through Javalin's configuration: what keeps slow, many or large requests
 * from freezing the service for everyone and what turns every failure into an answer. In the order a request meets
 * them:
 * <ol>
 * <li>at most {@link Limits#maxConnections()} open connections (Jetty's {@link NetworkConnectionLimit}; at the limit
 * idle connections are closed after a second), each closed after {@link Limits#idleTimeout()} without a byte;</li>
 * <li>per client address at most {@link Limits#perClientRate()} requests a second on average (Jetty's
 * {@link DoSHandler}, 429 with Retry-After beyond);</li>
 * <li>{@link BodyFirst}: the body read without a thread, refused when too large, too slow or beyond the memory for
 * uploads;</li>
 * <li>at most {@link Limits#maxActiveRequests()} requests handled at once (Jetty's {@link QoSHandler}); more wait
 * without a thread up to {@link Limits#checkTimeout()}, then are answered 503 with Retry-After;</li>
 * <li>{@link Limits#serverThreads()} threads in all;</li>
 * <li>an {@link Error} in a route (out of memory, stack overflow) is logged and answered as the route's JSON or page
 * 500, and an error Jetty answers itself gets the service's Chinese answer ({@link JettyErrors}).</li>
 * </ol>
 */
public final class ServerGuards {

    private static final Logger LOG = LoggerFactory.getLogger(ServerGuards.class);

    /** Idle connections are closed this soon while the connection limit is reached. */
    private static final long IDLE_AT_LIMIT_MILLIS = 1000;

    private ServerGuards() {
    }

    /**
     * @param answers how a refusal is worded (the routes' JSON and pages)
     * @param onError writes a route's 500 answer for an {@link Error} it threw
     * @return the body reader, whose memory in use the soak benchmark reports
     */
    public static BodyFirst install(JavalinConfig config, Limits limits, Answers answers, ErrorAnswer onError) {
        QueuedThreadPool threads = new QueuedThreadPool(limits.serverThreads(), Math.min(8, limits.serverThreads()));
        threads.setName("selfeval-http");
        config.jetty.threadPool = threads;
        BodyFirst body = new BodyFirst(limits, answers);
        config.jetty.modifyServer(server -> {
            NetworkConnectionLimit connections = new NetworkConnectionLimit(limits.maxConnections(), server);
            connections.setEndPointIdleTimeout(IDLE_AT_LIMIT_MILLIS);
            server.addBean(connections);
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                            c.setIdleTimeout(limits.idleTimeout().toMillis());
                        }
                    }
                }
            });
            server.setErrorHandler(new JettyErrors(answers));
            DoSHandler perClient = new DoSHandler(null, DoSHandler.ID_FROM_REMOTE_ADDRESS,
                    new DoSHandler.LeakingBucketTrackerFactory(limits.perClientRate(),
                            limits.perClientRate() * 2, Duration.ofSeconds(1)),
                    (request, response, callback) -> {
                        Answers.write(answers, request, response, callback, 429, "too-many-requests",
                                "来自同一地址的请求过多（平均每秒超过 " + limits.perClientRate() + " 个），请稍后再试", false);
                        return true;
                    }, 10_000);
            QoSHandler active = new Refusing(answers);
            active.setMaxRequestCount(limits.maxActiveRequests());
            active.setMaxSuspend(limits.checkTimeout());
            active.setMaxSuspendedRequestCount(Math.max(limits.maxConnections(), 1));
            active.setRejectStatusCode(503);
            perClient.setHandler(body);
            body.setHandler(active);
            server.setHandler(perClient);
        });
        config.router.handlerWrapper(endpoint -> {
            Handler handler = endpoint.handler;
            return ctx -> {
                try {
                    handler.handle(ctx);
                } catch (Error e) {
                    LOG.error("{} {} 内部错误（{}）", ctx.method(), ctx.path(), e.getClass().getSimpleName(), e);
                    onError.answer(ctx, e);
                }
            };
        });
        config.router.javaLangErrorHandler((response, error) -> {
            LOG.error("内部错误（{}）", error.getClass().getSimpleName(), error);
            if (!response.isCommitted()) {
                response.setStatus(500);
                response.setContentType("application/json; charset=utf-8");
                try {
                    response.getOutputStream().write(answers.answer("/api/", 500, "internal-error",
                            JettyErrors.message(500)).body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    LOG.warn("无法写出内部错误的回答：{}", e.getMessage());
                }
            }
        });
        return body;
    }

    /** Writes the 500 answer of a route that threw an {@link Error}. */
    @FunctionalInterface
    public interface ErrorAnswer {
        void answer(Context ctx, Error error);
    }

    /** Jetty's QoSHandler, answering a request that waited too long with the service's 503 and Retry-After. */
    private static final class Refusing extends QoSHandler {

        private final Answers answers;

        Refusing(Answers answers) {
            this.answers = answers;
        }

        @Override
        protected void reject(Request request, Response response, Callback callback, int status) {
            Answers.write(answers, request, response, callback, status, "busy",
                    "服务正忙（同时处理的请求已满，等待超时），请 " + cn.selfeval.web.Limits.RETRY_AFTER_SECONDS + " 秒后再试", false);
        }
    }
}
