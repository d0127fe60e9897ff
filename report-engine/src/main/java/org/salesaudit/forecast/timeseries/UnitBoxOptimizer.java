package org.salesaudit.forecast.timeseries;

import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Minimises a function of parameters scaled to [0, 1] each, with Commons Math's BOBYQA (Powell's
 * bound-constrained derivative-free method). Deterministic: same start, same result.
 */
final class UnitBoxOptimizer {

    private static final int MAX_EVALUATIONS = 3000;

    private UnitBoxOptimizer() {
    }

    /** @return the best point found (the start when the optimizer gives up) */
    static double[] minimize(ToDoubleFunction<double[]> f, double[] start) {
        int dim = start.length;
        double[] lower = new double[dim];
        double[] upper = new double[dim];
        java.util.Arrays.fill(upper, 1);
        double[] x0 = start.clone();
        for (int i = 0; i < dim; i++) {
            x0[i] = Math.min(0.999, Math.max(0.001, x0[i]));
        }
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * dim + 1, 0.2, 1e-6);
        try {
            PointValuePair best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                    new ObjectiveFunction(p -> {
                        double v = f.applyAsDouble(p);
                        return Double.isFinite(v) ? v : Double.MAX_VALUE;
                    }),
                    GoalType.MINIMIZE, new InitialGuess(x0), new SimpleBounds(lower, upper));
            return best.getPoint();
        } catch (TooManyEvaluationsException e) {
            return x0;
        }
    }

    /** @return {@code low + u·(high − low)} */
    static double scale(double u, double low, double high) {
        return low + u * (high - low);
    }

    /** @return the u in [0, 1] that {@link #scale} maps to {@code value} */
    static double unscale(double value, double low, double high) {
        return high == low ? 0.5 : Math.min(1, Math.max(0, (value - low) / (high - low)));
    }
}
