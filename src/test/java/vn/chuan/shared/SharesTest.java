package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void countsAreGroupedWithDotsAsVietnameseWriteThem() {
        assertThat(Shares.count(0)).isEqualTo("0");
        assertThat(Shares.count(999)).isEqualTo("999");
        assertThat(Shares.count(1_234)).isEqualTo("1.234");
        assertThat(Shares.count(100_000)).isEqualTo("100.000");
        assertThat(Shares.count(3_000_000)).isEqualTo("3.000.000");
        assertThat(Shares.count(-12_345)).isEqualTo("-12.345");
        assertThat(Shares.count(Long.MIN_VALUE)).isEqualTo("-9.223.372.036.854.775.808");
    }

    @Test
    void sharesHaveADecimalCommaAndRoundHalfUpLikeTheFormsAlwaysHave() {
        assertThat(Shares.percent(1, 3, 1)).isEqualTo("33,3%");
        assertThat(Shares.percent(2, 3, 2)).isEqualTo("66,67%");
        assertThat(Shares.percent(1, 8, 2)).isEqualTo("12,50%");
        assertThat(Shares.percent(1, 1, 2)).isEqualTo("100,00%");
        assertThat(Shares.percent(0, 7, 0)).isEqualTo("0%");
        assertThat(Shares.percent(3, 0, 2)).isEqualTo("—");
        // Whatever the counts, the same text as the formatter the forms were first printed with.
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long whole = 1 + random.nextInt(200_000);
            long part = random.nextInt((int) whole + 1);
            int decimals = random.nextInt(3);
            assertThat(Shares.percent(part, whole, decimals))
                    .isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f%%", 100.0 * part / whole).replace('.', ','));
        }
        for (int i = 0; i < 100_000; i++) {
            long n = random.nextLong() >> random.nextInt(64);
            assertThat(Shares.count(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n).replace(',', '.'));
        }
    }
}
