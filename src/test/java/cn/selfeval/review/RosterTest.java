package cn.selfeval.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Unit names as a round matches and shows them. */
class RosterTest {

    @Test
    void namesMatchWhateverTheWidthAndKeepTheFullWidthBracketsOfChineseNames() {
        assertEquals("示例街道办事处（无扣分示例）", Roster.normalise("示例街道办事处（无扣分示例）"));
        assertEquals("示例街道办事处（无扣分示例）", Roster.normalise(" 示例街道办事处(无扣分示例) "));
        assertEquals("某局 2023 年度", Roster.normalise("某局\u3000２０２３\t年度"));
    }
}
