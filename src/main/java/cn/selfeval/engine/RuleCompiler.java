package cn.selfeval.engine;

import cn.selfeval.checks.CheckLoader;
import cn.selfeval.checks.CheckProblems;
import cn.selfeval.checks.LawRegistry;
import cn.selfeval.checks.RuleMessageCheck;
import cn.selfeval.rulepack.Indicator;
import cn.selfeval.rulepack.RuleFile;
import cn.selfeval.rulepack.RulePack;
import cn.selfeval.rulepack.RulePackException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
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
    /** The generic rules that run the checks written as data (part of selfeval, not of a pack). */
    private static final String KINDS_RESOURCE = "/cn/selfeval/checks/kinds.drl";
    private static final String KINDS_PATH = "selfeval/kinds/kinds.drl";
    private static final String KINDS_PACKAGE = "selfeval.kinds";

    private RuleCompiler() {
    }

    /** Compiles the pack's checks and builds its DRL. */
    public static CompiledPack compile(RulePack pack) {
        return compile(pack, null);
    }

    /**
     * Compiles the pack's checks and, unless given, builds its DRL.
     *
     * @param built the Drools rules of exactly {@link #ruleSources(RulePack)}, built earlier (see
     *              {@code cn.selfeval.packcache}), or null to build them now
     */
    public static CompiledPack compile(RulePack pack, KieBase built) {
        CheckProblems checkProblems = new CheckProblems(pack::displayPath);
        LawRegistry laws = laws(pack, checkProblems);
        CheckLoader.Loaded checks = CheckLoader.load(pack, laws, checkProblems);
        pack.ruleFiles().forEach(file -> RuleMessageCheck.check(file, pack.parameters(), checkProblems));
        List<String> errors = new ArrayList<>(checkProblems.all());
        KieBase kieBase = built != null ? built : build(pack, errors);
        if (!errors.isEmpty()) {
            throw new RulePackException(errors);
        }
        Map<String, RuleInfo> rules = ruleInfos(pack, kieBase, laws, checks.rules());
        return new CompiledPack(pack, kieBase, rules, checks.checks(), laws, checks.kindOutcomeNames());
    }

    /**
     * Everything Drools builds from: the pack's DRL files and selfeval's generic rules ({@value #KINDS_PATH}),
     * path → text, in path order. The built rules depend on nothing else but selfeval's own classes.
     */
    public static SortedMap<String, String> ruleSources(RulePack pack) {
        SortedMap<String, String> sources = new TreeMap<>();
        pack.ruleFiles().forEach(file -> sources.put(file.path(), file.text()));
        try (InputStream kinds = RuleCompiler.class.getResourceAsStream(KINDS_RESOURCE)) {
            sources.put(KINDS_PATH, new String(kinds.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** A knowledge base made of packages that were built (and possibly stored and read back) before. */
    public static KieBase fromPackages(Collection<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** Builds the DRL; compiler errors are added to {@code errors} (and null returned). */
    private static KieBase build(RulePack pack, List<String> errors) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id per pack content lets two packs (e.g. before and after an edit) live in one JVM.
        ReleaseId releaseId = ks.newReleaseId("selfeval.packs", pack.manifest().id(), "0-" + pack.shortHash());
        kfs.generateAndWritePomXML(releaseId);
        ruleSources(pack).forEach((path, text) -> kfs.write(RESOURCES + path, ks.getResources()
                .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(path)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> messages = builder.getResults().getMessages(Message.Level.ERROR);
        if (!messages.isEmpty()) {
            messages.stream().map(m -> describe(pack, m)).forEach(errors::add);
            return null;
        }
        return ks.newKieContainer(releaseId).getKieBase();
    }

    /** The pack's register of laws ({@value LawRegistry#FILE}); empty when the pack has none. */
    private static LawRegistry laws(RulePack pack, CheckProblems problems) {
        if (!pack.files().containsKey(LawRegistry.FILE)) {
            return LawRegistry.empty();
        }
        try {
            return LawRegistry.read(Files.readString(pack.file(LawRegistry.FILE), StandardCharsets.UTF_8),
                    LawRegistry.FILE, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, RuleInfo> ruleInfos(RulePack pack, KieBase kieBase, LawRegistry laws,
            Map<String, RuleInfo> checkRules) {
        Map<String, Indicator> indicators = pack.framework().byCode();
        Map<String, RuleInfo> rules = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            if (kiePackage.getName().equals(KINDS_PACKAGE)) {
                continue;
            }
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
                String cited = String.valueOf(basis);
                if (basis == null || basis.toString().isBlank()) {
                    problems.add(where + " 缺少 @" + RuleInfo.LEGAL_BASIS_KEY + "(\"法律依据及条款\")");
                } else {
                    List<String> unknown = new ArrayList<>();
                    cited = laws.citeText(basis.toString(), unknown);
                    unknown.forEach(u -> problems.add(where + " 的法律依据“" + u + "”不在 " + LawRegistry.FILE + " 中"
                            + didYouMean(u, laws) + "；写作“简称 条款”，如 政府采购法 第八十五条"));
                }
                RuleInfo previous = rules.put(rule.getName(), new RuleInfo(file, pack.citePath(file), rule.getName(),
                        String.valueOf(code), cited));
                if (previous != null) {
                    problems.add(where + " 与 " + pack.displayPath(previous.file()) + " 中的规则重名");
                }
            }
        }
        checkRules.forEach((name, rule) -> {
            RuleInfo previous = rules.putIfAbsent(name, rule);
            if (previous != null) {
                problems.add(pack.displayPath(rule.file()) + "：规则名「" + name + "」与 " + pack.displayPath(previous.file())
                        + " 中的规则重名");
            }
        });
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }
        return rules;
    }

    private static String didYouMean(String entry, LawRegistry laws) {
        String guess = cn.selfeval.input.Spelling.closest(entry.split("[\\s（：]", 2)[0], laws.keys());
        return guess == null ? "" : "（是不是 " + guess + "？）";
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
