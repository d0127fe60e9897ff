package org.salesaudit.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The area under the ROC curve of a score: the probability that a random positive scores higher than a
 * random negative (ties count half), computed from ranks as the Mann–Whitney U of the positives / (n₁·n₀).
 * Its 95 % interval uses the Hanley–McNeil (1982) standard error; the p-value is Commons Math's
 * two-sided Mann–Whitney test (normal approximation) of no separation (AUC = 0.5).
 *
 * @param auc       the area, 0..1 (0.5: no better than chance)
 * @param low       lower bound of the 95 % interval (at least 0)
 * @param high      upper bound (at most 1)
 * @param stdError  the Hanley–McNeil standard error
 * @param pValue    the Mann–Whitney p-value
 */
public record RocAuc(double auc, double low, double high, double stdError, double pValue) {

    /**
     * @param positives scores of the positives (e.g. leads that became customers), at least one
     * @param negatives scores of the negatives, at least one
     */
    public static RocAuc of(double[] positives, double[] negatives) {
        int n1 = positives.length;
        int n0 = negatives.length;
        if (n1 == 0 || n0 == 0) {
            throw new IllegalArgumentException("the area needs positives and negatives, got " + n1 + " and " + n0);
        }
        double[] all = new double[n1 + n0];
        System.arraycopy(positives, 0, all, 0, n1);
        System.arraycopy(negatives, 0, all, n1, n0);
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(all);
        double rankSum = 0;
        for (int i = 0; i < n1; i++) {
            rankSum += ranks[i];
        }
        double u = rankSum - n1 * (n1 + 1) / 2.0;
        double a = u / ((double) n1 * n0);
        double se = hanleyMcNeil(a, n1, n0);
        double z = new NormalDistribution().inverseCumulativeProbability(0.975);
        double p = new MannWhitneyUTest().mannWhitneyUTest(positives, negatives);
        return new RocAuc(a, Math.max(0, a - z * se), Math.min(1, a + z * se), se, p);
    }

    /** Hanley and McNeil (1982), Radiology 143:29–36, equation 2. */
    static double hanleyMcNeil(double a, int positives, int negatives) {
        double q1 = a / (2 - a);
        double q2 = 2 * a * a / (1 + a);
        double variance = (a * (1 - a) + (positives - 1) * (q1 - a * a) + (negatives - 1) * (q2 - a * a))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, variance));
    }
}
