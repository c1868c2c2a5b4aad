package cn.selfeval.cli;

import cn.selfeval.testing.FileTrees;
import java.nio.file.Path;

/** Copies a rule pack (or any folder) so that a test can break it without touching the shipped one. */
final class TestFiles {

    private TestFiles() {
    }

    static void copyTree(Path from, Path to) {
        FileTrees.copy(from, to);
    }
}
