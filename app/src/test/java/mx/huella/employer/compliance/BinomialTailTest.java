package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class BinomialTailTest {
    @Test
    void matchesKnownValues() {
        assertThat(BinomialTail.atLeast(5, 10, 0.5)).isCloseTo(638.0 / 1024, within(1e-12));
        assertThat(BinomialTail.atLeast(0, 10, 0.3)).isEqualTo(1.0);
        assertThat(BinomialTail.atLeast(11, 10, 0.3)).isEqualTo(0.0);
        assertThat(BinomialTail.atLeast(1, 10, 0.0)).isEqualTo(0.0);
    }

    @Test
    void aSmallEmployerWithOneHitIsNotUnusualButManyHitsAmongFewWorkersAre() {
        assertThat(BinomialTail.atLeast(1, 20, 0.001)).isGreaterThan(DuplicateRateReport.UNUSUAL);
        assertThat(BinomialTail.atLeast(5, 50, 0.001)).isLessThan(DuplicateRateReport.UNUSUAL);
        assertThat(BinomialTail.atLeast(100, 100_000, 0.001)).isGreaterThan(0.4);
    }

    @Property(tries = 300)
    void agreesWithTheExactSum(
            @ForAll @IntRange(min = 1, max = 80) int n,
            @ForAll @IntRange(min = 0, max = 80) int k,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @net.jqwik.api.constraints.Scale(4) double p) {
        assertThat(BinomialTail.atLeast(k, n, p)).isCloseTo(exact(k, n, p), within(1e-9));
    }

    private static double exact(int k, int n, double p) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal bp = BigDecimal.valueOf(p);
        BigDecimal bq = BigDecimal.ONE.subtract(bp);
        for (int i = k; i <= n; i++) {
            BigDecimal choose = new BigDecimal(choose(n, i));
            sum = sum.add(choose.multiply(bp.pow(i)).multiply(bq.pow(n - i)), MathContext.DECIMAL128);
        }
        return Math.min(1.0, sum.doubleValue());
    }

    private static BigInteger choose(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }
}
