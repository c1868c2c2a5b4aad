package cn.selfeval.checks;

/** Where something was written: a pack-relative file and a 1-based line, as problems and reviewers cite it. */
public record Position(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
