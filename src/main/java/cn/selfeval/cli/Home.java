package cn.selfeval.cli;

import java.nio.file.Path;

/** The installation folder (set by the selfeval script), where the bundled rules live. */
final class Home {

    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("selfeval.home");
        return Path.of(home == null ? "." : home);
    }

    static Path rules() {
        return dir().resolve("rules");
    }
}
