package org.hamgam.align;

/** Tail probabilities of the standard normal distribution in log space. */
final class Gaussian {
    private Gaussian() {
    }

    /** {@code ln(2 (1 − Φ(z)))} for {@code z ≥ 0}; stays finite for large z where the plain form underflows. */
    static double logTwoSidedTail(double z) {
        if (z < 5) {
            return Math.log(Math.max(erfc(z / Math.sqrt(2)), 1e-300));
        }
        // Asymptotic expansion of the Mills ratio.
        return -z * z / 2 - Math.log(z) + Math.log(Math.sqrt(2 / Math.PI)) + Math.log(1 - 1 / (z * z));
    }

    /** Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
