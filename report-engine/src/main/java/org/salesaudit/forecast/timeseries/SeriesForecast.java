package org.salesaudit.forecast.timeseries;

import java.util.Arrays;
import java.util.Objects;

/**
 * The forecast of one series: point forecasts and 80 % / 95 % prediction intervals, one value per
 * step ahead (index 0 is the first month after the data).
 *
 * @param method short name of the method that produced it (e.g. {@code theta})
 */
public record SeriesForecast(String method, double[] mean, double[] lo80, double[] hi80, double[] lo95,
        double[] hi95) {

    public SeriesForecast {
        Objects.requireNonNull(method, "method");
        int h = mean.length;
        if (lo80.length != h || hi80.length != h || lo95.length != h || hi95.length != h) {
            throw new IllegalArgumentException("every interval needs one bound per step");
        }
        mean = mean.clone();
        lo80 = lo80.clone();
        hi80 = hi80.clone();
        lo95 = lo95.clone();
        hi95 = hi95.clone();
    }

    /** @return the number of steps ahead */
    public int horizon() {
        return mean.length;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] lo80() {
        return lo80.clone();
    }

    @Override
    public double[] hi80() {
        return hi80.clone();
    }

    @Override
    public double[] lo95() {
        return lo95.clone();
    }

    @Override
    public double[] hi95() {
        return hi95.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesForecast f && method.equals(f.method) && Arrays.equals(mean, f.mean)
                && Arrays.equals(lo80, f.lo80) && Arrays.equals(hi80, f.hi80) && Arrays.equals(lo95, f.lo95)
                && Arrays.equals(hi95, f.hi95);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, Arrays.hashCode(mean), Arrays.hashCode(hi95));
    }

    @Override
    public String toString() {
        return method + Arrays.toString(mean);
    }
}
