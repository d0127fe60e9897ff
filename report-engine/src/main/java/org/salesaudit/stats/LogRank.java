package org.salesaudit.stats;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * The log-rank (Mantel–Cox) test of whether two or more survival curves differ: at every event time
 * the observed events of each group are compared with those expected if all groups shared one curve;
 * the statistic (O − E)ᵀ V⁻¹ (O − E) over all groups but one follows a chi-square distribution with
 * groups − 1 degrees of freedom.
 *
 * @param statistic        the chi-square statistic
 * @param degreesOfFreedom groups − 1
 * @param pValue           P(χ² ≥ statistic)
 */
public record LogRank(double statistic, int degreesOfFreedom, double pValue) {

    /**
     * @param groups the observations of each group (at least two groups with observations)
     * @return the test, or empty when it is undefined (fewer than two groups, no event, or groups that
     *         never overlap in time)
     */
    public static Optional<LogRank> of(List<List<KaplanMeier.Observation>> groups) {
        int k = groups.size();
        if (k < 2 || groups.stream().anyMatch(List::isEmpty)) {
            return Optional.empty();
        }
        TreeSet<Double> eventTimes = new TreeSet<>();
        groups.forEach(g -> g.stream().filter(KaplanMeier.Observation::event).forEach(o -> eventTimes.add(o.time())));
        double[] observed = new double[k];
        double[] expected = new double[k];
        double[][] variance = new double[k][k];
        for (double t : eventTimes) {
            double[] atRisk = new double[k];
            double[] events = new double[k];
            for (int g = 0; g < k; g++) {
                for (KaplanMeier.Observation o : groups.get(g)) {
                    if (o.time() >= t) {
                        atRisk[g]++;
                        if (o.time() == t && o.event()) {
                            events[g]++;
                        }
                    }
                }
            }
            double n = sum(atRisk);
            double d = sum(events);
            for (int g = 0; g < k; g++) {
                observed[g] += events[g];
                expected[g] += d * atRisk[g] / n;
                if (n > 1) {
                    double factor = d * (n - d) / (n * n * (n - 1));
                    for (int h = 0; h < k; h++) {
                        variance[g][h] += factor * atRisk[g] * ((g == h ? n : 0) - atRisk[h]);
                    }
                }
            }
        }
        RealVector difference = new ArrayRealVector(k - 1);
        RealMatrix v = new Array2DRowRealMatrix(k - 1, k - 1);
        for (int g = 0; g < k - 1; g++) {
            difference.setEntry(g, observed[g] - expected[g]);
            for (int h = 0; h < k - 1; h++) {
                v.setEntry(g, h, variance[g][h]);
            }
        }
        double statistic;
        try {
            statistic = difference.dotProduct(new LUDecomposition(v).getSolver().getInverse().operate(difference));
        } catch (SingularMatrixException e) {
            return Optional.empty();
        }
        double p = 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(statistic);
        return Optional.of(new LogRank(statistic, k - 1, p));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
