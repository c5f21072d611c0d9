package mx.huella.employer.compliance;

/** P(X >= k) for X ~ Binomial(n, p), summed in a numerically safe way. */
final class BinomialTail {
    private BinomialTail() {}

    static double atLeast(long k, long n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        // log of the first term, C(n, k) p^k (1-p)^(n-k)
        double logTerm = k * Math.log(p) + (n - k) * Math.log1p(-p);
        for (long i = 1; i <= k; i++) {
            logTerm += Math.log((double) (n - k + i) / i);
        }
        double term = Math.exp(logTerm);
        double sum = term;
        double ratio = p / (1 - p);
        for (long j = k; j < n; j++) {
            term *= (double) (n - j) / (j + 1) * ratio;
            sum += term;
            if (term < sum * 1e-16 && j > n * p) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }
}
