package mx.huella.employer.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.stream.Stream;
import mx.huella.generated.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Trials, successes (sometimes more than the trials) and a probability with four decimals. */
    static Stream<Arguments> trialsSuccessesAndProbabilities() {
        return Generated.cases(
                300,
                random -> Arguments.of(
                        Generated.between(random, 1, 80),
                        Generated.between(random, 0, 80),
                        Math.round(Generated.between(random, 0.001, 0.999) * 10_000) / 10_000.0));
    }

    @ParameterizedTest
    @MethodSource("trialsSuccessesAndProbabilities")
    void agreesWithTheExactSum(int n, int k, double p) {
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
