package cn.selfeval.cli;

import cn.selfeval.rulepack.RulePackException;
import cn.selfeval.web.Limits;
import cn.selfeval.web.ServerPacks;
import cn.selfeval.web.WebServer;
import cn.selfeval.web.access.AccessSettings;
import cn.selfeval.web.transport.TlsIdentity;
import cn.selfeval.web.transport.Transport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve",
        description = {"以网页和接口提供检查服务：财务人员在浏览器中上传填报、查看和打印评分表；评审人员汇总多个单位；",
                "财政局的系统调用 POST /api/check 等接口（说明见 /api/openapi.yaml）。",
                "启动时编译全部规则包，所有请求共用；规则包改动后用 POST /api/packs/reload 更新（校验和规则测试都通过才替换）。",
                "默认只接受本机的访问（127.0.0.1）；要让本单位网络中的电脑访问，写 --bind 0.0.0.0 或本机的地址。",
                "“检查”和“汇总”的上传只保存在内存中；“复核”轮次的每一版填报、评分表和决定保存在数据目录的 SQLite 数据库"
                        + "（--data，默认 ~/.local/share/selfeval）或 PostgreSQL（--database）中。按 Ctrl+C 停止。"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "端口", description = "监听的端口（默认 8080）")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "地址",
            description = "监听的地址（默认 127.0.0.1，只有本机能访问）")
    String bind;

    @Option(names = "--rules", paramLabel = "规则目录", description = "规则包所在的目录（默认 selfeval 的 rules/）")
    Path rules;

    @Option(names = "--max-file-mb", defaultValue = "10", paramLabel = "MB", description = "一份填报文件的上限（默认 10 MB）")
    int maxFileMb;

    @Option(names = "--max-request-mb", defaultValue = "100", paramLabel = "MB",
            description = "一次上传的上限，含 .zip（默认 100 MB）")
    int maxRequestMb;

    @Option(names = "--max-files", defaultValue = "200", paramLabel = "份", description = "一次汇总最多的填报份数（默认 200）")
    int maxFiles;

    @Option(names = "--check-timeout", defaultValue = "30", paramLabel = "秒", description = "每份填报的检查时限（默认 30 秒）")
    int checkTimeout;

    @Option(names = "--allow-pack-code", description = "使用含 DRL 代码文件的规则包（默认不使用）。DRL 规则在服务中作为程序代码运行："
            + "能改动规则目录的人即能以服务的身份执行任意代码，只在规则目录的写权限受控时使用")
    boolean allowPackCode;

    @Option(names = "--session-idle", defaultValue = "30", paramLabel = "分钟",
            description = "浏览器登录后这么久没有操作即须重新登录（默认 30 分钟）")
    int sessionIdle;

    @Option(names = "--trusted-user-header", paramLabel = "名称",
            description = "单点登录：反向代理在此请求头中写已登录的账户名（如 X-Remote-User）；只在来自 --trusted-proxy 的连接上采信")
    String trustedUserHeader;

    @Option(names = "--trusted-proxy", paramLabel = "地址", split = ",", hideParamSyntax = true,
            description = "反向代理的 IP 地址（可写多个，用逗号分隔）：只有来自这些地址的连接，其 --trusted-user-header、"
                    + "X-Forwarded-For 和 X-Forwarded-Proto 才被采信")
    java.util.List<String> trustedProxies = new java.util.ArrayList<>();
    @Option(names = "--tls-cert", paramLabel = "文件",
            description = "以 HTTPS 提供服务：PEM 格式的证书文件（本服务器的证书在前，其后是中间证书）；与 --tls-key 一起使用")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "文件",
            description = "HTTPS 证书的私钥：PEM 格式（PKCS#8、PKCS#1 或 EC），不加密；只让运行服务的用户能读取")
    Path tlsKey;

    @Option(names = "--redirect-port", paramLabel = "端口",
            description = "另在这个端口接受 HTTP，把每个请求转到 HTTPS 的同一地址（需 --tls-cert）")
    Integer redirectPort;

    @CommandLine.Mixin
    DataOptions data;

    @CommandLine.Mixin
    HelpOption help;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port 应在 0–65535 之间，实为 " + port);
        }
        if (maxFileMb < 1 || maxRequestMb < 1 || maxFiles < 1 || checkTimeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-file-mb、--max-request-mb、--max-files、--check-timeout 都应至少为 1");
        }
        if (sessionIdle < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--session-idle 应至少为 1 分钟，实为 " + sessionIdle);
        }
        if (trustedUserHeader != null && trustedProxies.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--trusted-user-header 须与 --trusted-proxy 一起使用：只采信来自反向代理地址的请求头");
        }
        for (String proxy : trustedProxies) {
            if (!proxy.strip().matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--trusted-proxy 应为 IP 地址，实为 " + proxy);
            }
        }
        Limits limits = Limits.defaults().withMaxFileBytes(maxFileMb * Limits.MIB)
                .withMaxRequestBytes(Math.max(maxRequestMb, maxFileMb) * Limits.MIB).withMaxFiles(maxFiles)
                .withCheckTimeout(Duration.ofSeconds(checkTimeout));
        Transport.Settings transport = transport(err);
        if (transport == null) {
            return ExitCode.INTERNAL_ERROR;
        }
        Path rulesDir = rules != null ? rules : Home.rules();
        err.println("selfeval serve：正在编译 " + rulesDir + " 下的规则包……");
        err.flush();
        cn.selfeval.store.Database database;
        try {
            database = data.open();
        } catch (cn.selfeval.store.StoreException e) {
            err.println("selfeval serve：" + e.getMessage() + "；未启动服务");
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        err.println("  复核数据：" + database.description() + "（结构版本 " + database.schemaVersion() + "）");
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Settings(rulesDir, bind, port, limits, Clock.systemUTC(), database,
                    allowPackCode, transport).withAccess(new AccessSettings(Duration.ofMinutes(sessionIdle), trustedUserHeader,
                    new java.util.HashSet<>(trustedProxies))));
        } catch (RulePackException e) {
            database.close();
            return Problems.rulePack(err, rulesDir, e, "未启动服务");
        } catch (WebServer.NoAdministrator e) {
            database.close();
            err.println("selfeval serve：" + e.getMessage() + "：");
            err.println("  " + data.usersAddAdmin());
            err.println("（单用户模式：不写 --bind，只在本机 127.0.0.1 上使用，无须账户）");
            err.flush();
            return ExitCode.NO_ADMIN;
        } catch (IllegalStateException e) {
            database.close();
            err.println("selfeval serve：" + e.getMessage());
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
        for (ServerPacks.PackState pack : server.packs().packs()) {
            if (pack.live()) {
                err.printf("  规则包 %s %s（%s年度），内容哈希 %s%n", pack.declared().manifest().id(),
                        pack.declared().manifest().version(), pack.declared().manifest().yearList(),
                        pack.checker().compiled().pack().shortHash());
            } else {
                err.printf("  规则包 %s 无法使用（不参与检查，见 /packs 页面）：%n", pack.declared().dir());
                pack.problems().forEach(p -> err.println("    " + p));
            }
        }
        out.println("selfeval serve：已在 " + server.url() + "/ 提供服务（接口说明 " + server.url() + "/api/openapi.yaml）；按 Ctrl+C 停止");
        if (transport.redirectPort() != null) {
            out.println("  端口 " + server.transport().redirectPort() + " 上的 HTTP 请求转到 HTTPS");
        }
        if (!"127.0.0.1".equals(bind) && !"localhost".equals(bind) && !"::1".equals(bind)) {
            out.println("  注意：监听 " + bind + "，本网络中的其他电脑也能访问；每个人须用自己的账户登录（见 selfeval users）");
        } else if (!server.accessRequired()) {
            out.println("  单用户模式：数据中还没有账户，本机的访问无须登录；建立账户后（selfeval users add）每个人须登录");
        }
        out.flush();
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
            stopped.countDown();
        }, "selfeval-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return ExitCode.OK;
    }

    /** Plain HTTP, or HTTPS with the certificate and key read before the packs are compiled; null (said) when unusable. */
    private Transport.Settings transport(PrintWriter err) {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tls-cert 和 --tls-key 要一起给出（证书文件和它的私钥文件）");
        }
        if (redirectPort != null && tlsCert == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--redirect-port 把 HTTP 转到 HTTPS，需同时给出 --tls-cert 和 --tls-key");
        }
        if (redirectPort != null && (redirectPort < 0 || redirectPort > 65535 || redirectPort == port && port != 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--redirect-port 应在 0–65535 之间且不同于 --port，实为 " + redirectPort);
        }
        if (tlsCert == null) {
            return Transport.Settings.PLAIN;
        }
        try {
            TlsIdentity identity = TlsIdentity.read(tlsCert, tlsKey);
            err.println("  HTTPS 证书：" + identity.subject() + "，有效期至 " + identity.certificate().getNotAfter().toInstant());
            String warning = identity.validityWarning(java.time.Instant.now());
            if (warning != null) {
                err.println("  注意：" + warning);
            }
            return new Transport.Settings(identity, redirectPort);
        } catch (TlsIdentity.TlsException e) {
            err.println("selfeval serve：" + e.getMessage() + "；未启动服务");
            err.flush();
            return null;
        }
    }
}
