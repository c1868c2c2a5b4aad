package cn.selfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/serve.md's table of limits says what Limits.defaults() enforces, row by row. */
class ServeLimitsDocTest {

    /** The table's rows: first column → second column. */
    static Map<String, String> table() throws IOException {
        String doc = Files.readString(Path.of("docs/serve.md"));
        String section = doc.substring(doc.indexOf("## 限制\n"), doc.indexOf("\n## ", doc.indexOf("## 限制\n") + 1));
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : section.lines().toList()) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length >= 3 && !cells[1].strip().equals("项目")) {
                rows.put(cells[1].strip(), cells[2].strip());
            }
        }
        return rows;
    }

    @Test
    void theLimitsTableMatchesTheDefaults() throws IOException {
        Limits d = Limits.defaults();
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        Map<String, String> rows = table();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("一份填报文件", Limits.size(d.maxFileBytes()));
        expected.put("一次上传", Limits.size(d.maxRequestBytes()));
        expected.put("一次汇总的填报份数", d.maxFiles() + " 份");
        expected.put("每个请求的时限", d.checkTimeout().toSeconds() + " 秒");
        expected.put("同时检查", d.checkThreads() == cores ? "处理器核数（至少 2）" : "?");
        expected.put("等待检查", (d.queueLength() == cores * 16 ? "处理器核数 × 16 份" : "?") + "，超出回答“服务繁忙”（503，`Retry-After: "
                + Limits.RETRY_AFTER_SECONDS + "`）");
        expected.put("保存的评分表和汇总", "约 " + d.keptResultsMb() + " MB 内存，最久未用的先删除");
        expected.put("同时接收中的上传正文", (d.uploadMemoryBytes() == Limits.defaultUploadMemory(Runtime.getRuntime().maxMemory())
                && Limits.defaultUploadMemory(0) == 32 * Limits.MIB ? "Java 堆上限的 1/4（至少 32 MB）" : "?")
                + "，超出回答 503（`Retry-After: " + Limits.RETRY_AFTER_SECONDS + "`）");
        expected.put("连接空闲", d.idleTimeout().toSeconds() + " 秒");
        expected.put("请求正文的最低平均速度", Limits.size(d.minBytesPerSecond()) + "/秒，低于它回答 408 并断开");
        expected.put("同时打开的连接", d.maxConnections() + " 个；达到时暂停接受新连接，空闲连接 1 秒即断开");
        expected.put("服务线程", d.serverThreads() + " 个（接收正文不占线程）");
        expected.put("同时处理的请求", (d.maxActiveRequests() == cores * 8 ? "处理器核数 × 8 个" : "?")
                + "；更多的请求不占线程地等待，至多等到时限，然后回答 503");
        expected.put("同一客户端地址的请求速度", "平均每秒 " + d.perClientRate() + " 个（可短时达到 2 倍），超出回答 429（`Retry-After: "
                + Limits.RETRY_AFTER_SECONDS + "`）");
        expected.put("监听地址", "127.0.0.1");

        assertEquals(expected.size(), rows.size(), "one row per limit: " + rows.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String row = rows.keySet().stream().filter(k -> k.startsWith(e.getKey())).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + e.getKey() + " in " + rows.keySet()));
            assertEquals(e.getValue(), rows.get(row), row);
        }
    }
}
