package cn.selfeval.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the tests: GET, POST of bytes, POST of multipart files; redirects are not followed. */
public final class Http {

    public record Part(String field, String fileName, byte[] content) {

        public static Part file(String field, Path path) {
            try {
                return new Part(field, path.getFileName().toString(), Files.readAllBytes(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final String base;
    private final Map<String, String> headers;
    private final HttpClient client;

    public Http(String base) {
        this(base, Map.of(), HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** Over HTTPS, trusting what {@code tls} trusts. */
    public Http(String base, javax.net.ssl.SSLContext tls) {
        this(base, Map.of(), HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).sslContext(tls).build());
    }

    /** A client that sends these headers with every request (a bearer token, a session cookie). */
    public Http(String base, Map<String, String> headers) {
        this(base, headers, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Http(String base, Map<String, String> headers, HttpClient client) {
        this.base = base;
        this.headers = Map.copyOf(headers);
        this.client = client;
    }

    /** The headers this client sends. */
    public Map<String, String> headers() {
        return headers;
    }

    public Http with(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.putAll(more);
        return new Http(base, all, client);
    }

    /** POST of an HTML form (application/x-www-form-urlencoded). */
    public HttpResponse<byte[]> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        return post(path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<byte[]> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<byte[]> postFile(String path, Path file) {
        try {
            return post(path, "application/json", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public HttpResponse<byte[]> multipart(String path, List<Part> parts, Map<String, String> fields) {
        String boundary = "----selfeval" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Part part : parts) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.field()
                        + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(part.content());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    public HttpResponse<byte[]> send(HttpRequest request) {
        if (!headers.isEmpty()) {
            HttpRequest.Builder copy = HttpRequest.newBuilder(request, (name, value) -> true);
            headers.forEach(copy::setHeader);
            request = copy.build();
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
