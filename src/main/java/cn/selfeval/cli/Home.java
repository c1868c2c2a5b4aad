package cn.selfeval.cli;

import java.nio.file.Path;

/** The installation folder (set by the selfeval script), where the bundled rules live. */
final class Home {

    private Home() {
    }

    /** Relative to the working directory when inside it, so that reports name "rules/…" wherever installed. */
    static Path dir() {
        String home = System.getProperty("selfeval.home");
        if (home == null) {
            return Path.of("");
        }
        Path absolute = Path.of(home).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }

    static Path rules() {
        return dir().resolve("rules");
    }
}
