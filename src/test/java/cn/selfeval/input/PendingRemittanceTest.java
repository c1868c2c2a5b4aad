package cn.selfeval.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.selfeval.model.AssetIncome;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An income not yet remitted needs no placeholder 上缴金额 0; a remittance date without its amount is refused. */
class PendingRemittanceTest {

    private static final String LIHU_INCOME = "\"remittedOn\": \"2023-11-28\", \"remittedAmount\": 0.35";

    @Test
    void aPendingIncomeIsReadWithoutAnAmount() throws IOException {
        String text = Files.readString(Path.of("fixtures/lihu-2023.json")).replace(", " + LIHU_INCOME, "");

        List<AssetIncome> incomes = SubmissionReader.read("填报.json", text.getBytes(StandardCharsets.UTF_8), Map.of())
                .assetManagement().assetIncomes();

        assertEquals(null, incomes.get(1).remittedAmount());
        assertEquals(0, incomes.get(1).retainedAmount().compareTo(incomes.get(1).amount()));
    }

    @Test
    void aRemittanceDateWithoutItsAmountIsAnError() throws IOException {
        String text = Files.readString(Path.of("fixtures/lihu-2023.json")).replace(LIHU_INCOME, "\"remittedOn\": \"2023-11-28\"");

        List<InputProblem> problems = assertThrows(InvalidSubmissionException.class, () -> SubmissionReader.read("填报.json",
                text.getBytes(StandardCharsets.UTF_8), Map.of())).problems();

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("$.assetManagement.assetIncomes[1].remittedAmount", problems.get(0).jsonPath());
        assertTrue(problems.get(0).message().equals("填了上缴国库日期，就要填上缴金额（已缴入国库的金额，万元）"), problems.get(0).message());
    }

    @Test
    void theAmountDefaultsToNothingRemitted() {
        AssetIncome pending = new AssetIncome("SY-1", "租金", null, new BigDecimal("2"), java.time.LocalDate.of(2023, 9, 4), null, null);
        assertTrue(pending.retained());
    }
}
