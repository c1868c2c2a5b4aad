package cn.selfeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;

/** Writes what {@code template}, {@code convert} and {@code report} produce: in one step, never over an input or (unasked) another file. */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param force  whether an existing file other than an input may be replaced
     * @param inputs the files the command read, which are never replaced
     * @return {@link ExitCode#OK}, or {@link ExitCode#INTERNAL_ERROR} with the reason printed
     */
    static int write(PrintWriter err, Path target, byte[] content, boolean force, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (same(target, input)) {
                err.println(target + "：是本命令读入的文件本身，不能覆盖它；请用 -o 指定另一个文件");
                err.flush();
                return ExitCode.INTERNAL_ERROR;
            }
        }
        if (Files.isDirectory(target)) {
            err.println(target + "：是一个目录，请用 -o 指定文件名");
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            err.println(target + "：文件已存在，为免覆盖它，未写入（要覆盖请加 --force）");
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        try {
            ResultFiles.write(target, content);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println(target + "：无法写入：" + ResultFiles.describe(e));
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())
                    || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
