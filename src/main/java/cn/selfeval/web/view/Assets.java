package cn.selfeval.web.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The pages' stylesheet and script, shipped in the jar; the stylesheet is inlined so a saved page stands alone. */
public final class Assets {

    private static final String CSS = read("selfeval.css");
    private static final String JS = read("app.js");

    private Assets() {
    }

    public static String css() {
        return CSS;
    }

    public static String js() {
        return JS;
    }

    private static String read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/cn/selfeval/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("缺少资源 " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
