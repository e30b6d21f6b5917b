package org.workerscontest.honour;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a certificate writes its date and breaks its lines. */
class CertificateTextTest {

    @ParameterizedTest
    @CsvSource({
            "2026-04-26, 二〇二六年四月二十六日",
            "2030-10-10, 二〇三〇年十月十日",
            "2031-12-31, 二〇三一年十二月三十一日",
            "2009-01-05, 二〇〇九年一月五日"})
    void datesAreWrittenInChineseNumerals(LocalDate date, String written) {
        assertThat(Certificates.chineseDate(date)).isEqualTo(written);
    }

    @Test
    void linesBreakAnywhereButNeverBeforeClosingPunctuation() {
        Font font = CertificatePdf.chineseFont().orElseThrow().deriveFont(20f);
        String text = "在2026年度省级五一劳动奖章评选中，经推荐、审核和公示，被授予“省级五一劳动奖章”荣誉称号。";
        for (float width = 100; width <= 400; width += 7) {
            var lines = CertificatePdf.wrap(text, font, width);
            assertThat(String.join("", lines)).isEqualTo(text);
            assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("。")
                    || line.startsWith("、") || line.startsWith("”"));
        }
        assertThat(CertificatePdf.wrap(text, font, 10_000)).containsExactly(text);
    }
}
