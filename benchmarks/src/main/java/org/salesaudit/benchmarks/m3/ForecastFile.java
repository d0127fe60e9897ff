package org.salesaudit.benchmarks.m3;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

import org.salesaudit.forecast.timeseries.SeriesForecast;

/** Writes rows of the M3 forecast file: {@code method,series_id,step,forecast,lo80,hi80,lo95,hi95}. */
final class ForecastFile {

    static final String HEADER = "method,series_id,step,forecast,lo80,hi80,lo95,hi95\n";

    private ForecastFile() {
    }

    static void write(Writer out, String method, String seriesId, SeriesForecast f) throws IOException {
        double[] m = f.mean();
        double[] l8 = f.lo80();
        double[] h8 = f.hi80();
        double[] l9 = f.lo95();
        double[] h9 = f.hi95();
        for (int i = 0; i < m.length; i++) {
            out.write(method + "," + seriesId + "," + (i + 1) + "," + num(m[i]) + "," + num(l8[i]) + "," + num(h8[i])
                    + "," + num(l9[i]) + "," + num(h9[i]) + "\n");
        }
    }

    static void writePoints(Writer out, String method, String seriesId, double[] m) throws IOException {
        for (int i = 0; i < m.length; i++) {
            out.write(method + "," + seriesId + "," + (i + 1) + "," + num(m[i]) + ",,,,\n");
        }
    }

    private static String num(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
