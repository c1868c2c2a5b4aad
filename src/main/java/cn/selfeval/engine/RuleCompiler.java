package cn.selfeval.engine;

import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RuleFile;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;

/**
 * Compiles a pack's DRL at run time (editing a rule needs no Java rebuild) and checks that every rule
 * names an indicator of the framework and its legal basis.
 */
public final class RuleCompiler {

    /** KieFileSystem ignores files outside this prefix. */
    private static final String RESOURCES = "src/main/resources/";

    private RuleCompiler() {
    }

    public static CompiledPack compile(RulePack pack) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id per pack content lets two packs (e.g. before and after an edit) live in one JVM.
        ReleaseId releaseId = ks.newReleaseId("selfeval.packs", pack.manifest().id(), "0-" + pack.shortHash());
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : pack.ruleFiles()) {
            Resource resource = ks.getResources()
                    .newByteArrayResource(file.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(file.path());
            kfs.write(RESOURCES + file.path(), resource);
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> describe(pack, m))
                .toList();
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        Map<String, RuleInfo> rules = ruleInfos(pack, kieBase);
        return new CompiledPack(pack, kieBase, rules);
    }

    private static Map<String, RuleInfo> ruleInfos(RulePack pack, KieBase kieBase) {
        Map<String, Indicator> indicators = pack.framework().byCode();
        Map<String, RuleInfo> rules = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                String file = sourceFile(rule);
                String where = pack.displayPath(file) + "：规则「" + rule.getName() + "」";
                Object code = rule.getMetaData().get(RuleInfo.INDICATOR_KEY);
                Object basis = rule.getMetaData().get(RuleInfo.LEGAL_BASIS_KEY);
                if (code == null) {
                    problems.add(where + " 缺少 @" + RuleInfo.INDICATOR_KEY + "(\"指标代码\")");
                } else if (!indicators.containsKey(code.toString())) {
                    problems.add(where + " 的指标代码 " + code + " 不在 framework.yaml 中");
                } else if (!indicators.get(code.toString()).leaf()) {
                    problems.add(where + " 的指标代码 " + code + " 不是末级指标，规则只能给末级指标扣分");
                }
                if (basis == null || basis.toString().isBlank()) {
                    problems.add(where + " 缺少 @" + RuleInfo.LEGAL_BASIS_KEY + "(\"法律依据及条款\")");
                }
                RuleInfo previous = rules.put(rule.getName(), new RuleInfo(file, pack.citePath(file), rule.getName(),
                        String.valueOf(code), String.valueOf(basis)));
                if (previous != null) {
                    problems.add(where + " 与 " + pack.displayPath(previous.file()) + " 中的规则重名");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return rules;
    }

    private static String sourceFile(Rule rule) {
        Resource resource = ((RuleImpl) rule).getResource();
        return resource == null ? "?" : resource.getSourcePath();
    }

    private static String describe(RulePack pack, Message message) {
        String path = message.getPath() == null ? "" : message.getPath().replaceFirst("^" + RESOURCES, "");
        String where = path.isEmpty() ? pack.dir().toString() : pack.displayPath(path);
        if (message.getLine() > 0) {
            where += ":" + message.getLine();
        }
        return where + "：规则编译错误：" + message.getText().strip();
    }
}
