package cn.selfeval.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@link PackGate} on a candidate pack in a separate JVM — the same java and class path as the service's,
 * with a heap limit and a time limit — and reads its verdict. A pack whose rules crash, loop or call
 * {@code System.exit} during its tests ends or overruns that JVM and is refused; the service is untouched.
 */
final class IsolatedGate {

    /** Heap of the gate's JVM: enough to compile a pack and run its tests, far below the service's. */
    static final String MAX_HEAP = "512m";

    private IsolatedGate() {
    }

    static PackGate.Verdict run(Path dir, String id, String hash, Duration timeout) {
        Path work;
        try {
            work = Files.createTempDirectory("selfeval-reload-");
        } catch (IOException e) {
            return PackGate.Verdict.refused(id, hash, 0, 0, List.of("无法为规则测试建临时目录：" + e.getMessage()));
        }
        try {
            return run(dir, id, hash, timeout, work);
        } finally {
            delete(work);
        }
    }

    private static PackGate.Verdict run(Path dir, String id, String hash, Duration timeout, Path work) {
        Path result = work.resolve("verdict.json");
        Path log = work.resolve("output.log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add("-Xmx" + MAX_HEAP);
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        for (String property : List.of("selfeval.home", "selfeval.cache")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PackGate.class.getName());
        command.add(dir.toAbsolutePath().toString());
        command.add(result.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            return PackGate.Verdict.refused(id, hash, 0, 0, List.of("无法启动运行规则测试的进程：" + e.getMessage()));
        }
        boolean ended;
        try {
            ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = false;
        }
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return PackGate.Verdict.refused(id, hash, 0, 0, List.of("规则包的编译和规则测试超过 " + timeout.toSeconds()
                    + " 秒仍未结束（可能有规则陷入死循环），已终止该进程；仍使用原规则包"));
        }
        int exit = process.exitValue();
        if (exit != 0 || !Files.isRegularFile(result)) {
            String tail = tail(log);
            List<String> reasons = new ArrayList<>();
            reasons.add("规则包的编译和规则测试进程异常结束（退出码 " + exit + "）：可能有规则调用了 System.exit、"
                    + "耗尽了内存（上限 " + MAX_HEAP + "）或使进程崩溃；仍使用原规则包");
            if (tail.contains("OutOfMemoryError")) {
                reasons.add("该进程内存不足（OutOfMemoryError）");
            }
            return PackGate.Verdict.refused(id, hash, 0, 0, reasons);
        }
        try {
            return new ObjectMapper().readValue(result.toFile(), PackGate.Verdict.class);
        } catch (IOException e) {
            return PackGate.Verdict.refused(id, hash, 0, 0, List.of("无法读取规则测试的结果：" + e.getMessage()));
        }
    }

    /** The java running this service. */
    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The last few kilobytes of the gate's output (a looping rule may print without end). */
    private static String tail(Path log) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - 4096);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path work) {
        try (Stream<Path> all = Files.walk(work)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system cleans it
        }
    }
}
