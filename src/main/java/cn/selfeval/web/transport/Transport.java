package cn.selfeval.web.transport;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.SecuredRedirectHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * How the service is reached: plain HTTP (the default), or HTTPS with the certificate of {@code --tls-cert} and
 * {@code --tls-key} — TLS 1.2 and 1.3 only, Jetty's default cipher exclusions — with, on {@code --http-redirect-port},
 * a plain-HTTP listener that answers every request with a redirect to the same address over HTTPS. A plain-HTTP
 * request to the HTTPS port itself (someone typing http://…:8443/) is answered with the same redirect, instead of
 * bytes the browser cannot read. Around every request, the {@link SecurityHeaders}.
 */
public final class Transport {

    /** The protocols HTTPS is served with. */
    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /**
     * @param identity     the certificate and key, or null for plain HTTP
     * @param redirectPort the plain-HTTP port that redirects to HTTPS, or null for none (only with an identity)
     */
    public record Settings(TlsIdentity identity, Integer redirectPort) {

        public static final Settings PLAIN = new Settings(null, null);

        public Settings {
            if (redirectPort != null && identity == null) {
                throw new IllegalArgumentException("a redirect to HTTPS needs a certificate");
            }
        }

        public boolean https() {
            return identity != null;
        }
    }

    private final Settings settings;
    private SslContextFactory.Server ssl;
    private Server server;

    private Transport(Settings settings) {
        this.settings = settings;
    }

    /**
     * Sets the listeners (for HTTPS) and puts the security headers around the server's handlers; called after the
     * other handlers are configured, so that the headers wrap them all.
     */
    public static Transport install(JavalinConfig config, Settings settings, String host, int port) {
        Transport transport = new Transport(settings);
        if (settings.https()) {
            config.jetty.addConnector((server, http) -> transport.httpsConnector(server, http, host, port));
            if (settings.redirectPort() != null) {
                config.jetty.addConnector((server, http) -> transport.redirectConnector(server, http, host));
            }
        }
        config.jetty.modifyServer(server -> {
            transport.server = server;
            SecurityHeaders headers = new SecurityHeaders();
            if (settings.https()) {
                SecuredRedirectHandler redirect = new SecuredRedirectHandler(HttpStatus.PERMANENT_REDIRECT_308);
                redirect.setHandler(server.getHandler());
                headers.setHandler(redirect);
            } else {
                headers.setHandler(server.getHandler());
            }
            server.setHandler(headers);
        });
        return transport;
    }

    public String scheme() {
        return settings.https() ? "https" : "http";
    }

    /** The protocols the HTTPS listener accepts, once started (empty for plain HTTP). */
    public List<String> protocols() {
        return ssl == null ? List.of() : List.of(ssl.getSelectedProtocols());
    }

    private ServerConnector httpsConnector(Server server, HttpConfiguration http, String host, int port) {
        ssl = new SslContextFactory.Server();
        ssl.setKeyStore(settings.identity().keyStore());
        ssl.setKeyStorePassword(settings.identity().password());
        ssl.setCertAlias(TlsIdentity.ALIAS);
        ssl.setIncludeProtocols(PROTOCOLS.toArray(new String[0]));
        HttpConfiguration https = new HttpConfiguration(http);
        // The browser checks the certificate's names; a request by an address the certificate does not name (no SNI)
        // is not refused by the server as well.
        https.addCustomizer(new SecureRequestCustomizer(false));
        https.setSecureScheme("https");
        // TLS when the first bytes are TLS; otherwise plain HTTP, which SecuredRedirectHandler sends to HTTPS.
        DetectorConnectionFactory tlsOrPlain = new DetectorConnectionFactory(new SslConnectionFactory(ssl, "http/1.1"));
        ServerConnector connector = new ServerConnector(server, tlsOrPlain, new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        whenStarted(server, () -> https.setSecurePort(connector.getLocalPort()));
        return connector;
    }

    private ServerConnector redirectConnector(Server server, HttpConfiguration http, String host) {
        HttpConfiguration redirecting = new HttpConfiguration(http);
        redirecting.setSecureScheme("https");
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(redirecting));
        connector.setHost(host);
        connector.setPort(settings.redirectPort());
        whenStarted(server, () -> redirecting.setSecurePort(((ServerConnector) server.getConnectors()[0]).getLocalPort()));
        return connector;
    }

    /** The HTTPS port is known only once its listener is open (port 0 in tests). */
    private static void whenStarted(Server server, Runnable action) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarted(LifeCycle event) {
                action.run();
            }
        });
    }

    /** The local port of the listener that redirects to HTTPS, once started. */
    public int redirectPort() {
        if (settings.redirectPort() == null) {
            throw new IllegalStateException("no redirect to HTTPS");
        }
        return ((ServerConnector) server.getConnectors()[1]).getLocalPort();
    }
}
