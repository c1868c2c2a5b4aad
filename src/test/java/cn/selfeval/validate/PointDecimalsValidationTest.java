package cn.selfeval.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.testing.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Points are kept in hundredths: a point value with more decimals cannot be displayed exactly, so it is refused. */
class PointDecimalsValidationTest {

    @TempDir
    Path temp;

    @Test
    void aPointParameterWithThreeDecimalsIsAnErrorWithFileAndLine() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path params = pack.resolve("procurement/contract-signing.params.yaml");
        String text = Files.readString(params, StandardCharsets.UTF_8);
        Files.writeString(params, text.replace("value: 0.5", "value: 0.125"), StandardCharsets.UTF_8);

        String findings = findings(pack);
        assertTrue(findings.contains("contract-signing.params.yaml:12：参数 procurement.contract_signing.deduction_per_contract"
                + " 是分值（分/合同），最多两位小数，自 2021-01-01 起的取值为 0.125"), findings);
    }

    @Test
    void anIndicatorWithThreeDecimalsIsAnError() throws IOException {
        Path pack = FileTrees.shippedPack(temp);
        Path framework = pack.resolve("framework.yaml");
        String text = Files.readString(framework, StandardCharsets.UTF_8);
        Files.writeString(framework, text.replace("{ code: B5.1.1, name: 采购意向公开覆盖情况, points: 0.5 }",
                "{ code: B5.1.1, name: 采购意向公开覆盖情况, points: 0.505 }"), StandardCharsets.UTF_8);

        String findings = findings(pack);
        assertTrue(findings.contains("指标 B5.1.1 的分值 0.505 超过两位小数"), findings);
    }

    private static String findings(Path pack) {
        return String.join("\n", PackValidator.validate(pack).findings().stream().map(PackValidator.Finding::text).toList());
    }

}
