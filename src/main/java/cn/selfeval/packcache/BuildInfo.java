package cn.selfeval.packcache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Which build of selfeval is running (Maven writes build.properties at every build). */
record BuildInfo(String build, String version, String drools) {

    private static final String RESOURCE = "/cn/selfeval/build.properties";

    static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("selfeval 的构建信息 " + RESOURCE + " 缺失，请重新构建（mvn package）");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(properties.getProperty("build"), properties.getProperty("version"),
                properties.getProperty("drools"));
    }

    @Override
    public String toString() {
        return "selfeval " + version + " (" + build + "), Drools " + drools;
    }
}
