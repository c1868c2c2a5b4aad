package cn.selfeval.packcache;

import cn.selfeval.engine.RuleCompiler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Built Drools packages as bytes and back. The packages carry the byte code Drools compiled for the rules, so
 * reading them skips the DRL parser and the Java compiler; the same (classic) engine then runs them.
 */
final class KiePackageFiles {

    private KiePackageFiles() {
    }

    static byte[] write(KieBase kieBase) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IOException            when the bytes are not stored packages
     * @throws ClassNotFoundException when they name a class this build does not have
     */
    @SuppressWarnings("unchecked")
    static KieBase read(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes),
                KiePackageFiles.class.getClassLoader())) {
            return RuleCompiler.fromPackages((List<KiePackage>) in.readObject());
        }
    }
}
