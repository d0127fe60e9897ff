package org.salesaudit.benchmarks.m3;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.salesaudit.forecast.ForecastSettings;
import org.salesaudit.forecast.timeseries.MonthlyForecaster;
import org.salesaudit.forecast.timeseries.SeriesForecast;

/**
 * Runs the M3 monthly benchmark.
 *
 * <pre>
 * java -cp benchmarks/target/salesaudit-benchmarks.jar org.salesaudit.benchmarks.m3.M3Benchmark \
 *      DATA.csv [--out FILE] [--holdout] [--interval-scale X] [--threads N]
 * </pre>
 *
 * Fits every method on the training rows of every series and writes the forecasts of 18 months as
 * {@code JAVA:<method>} rows of the forecast file. With {@code --holdout} the last 18 training
 * months of each series are held back instead (the test rows are not read at all): the runner then
 * also writes the split as a data file and Naive2 forecasts as the {@code JAVA:naive2} reference, so
 * settings can be tuned with {@code score.py --data ... --reference JAVA:naive2} without touching the
 * competition's answer key.
 */
public final class M3Benchmark {

    static final int HORIZON = 18;

    private M3Benchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        Options o = Options.parse(args);
        List<M3Series> series = M3Series.readTraining(o.data);
        boolean holdout = o.holdout;
        MonthlyForecaster forecaster = new MonthlyForecaster(o.intervalScale);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(o.threads);
        try {
            List<Future<String>> parts = series.stream()
                    .map(s -> pool.submit(() -> forecastRows(forecaster, holdout ? s.withoutLast(HORIZON) : s,
                            holdout)))
                    .toList();
            try (Writer out = Files.newBufferedWriter(o.out, StandardCharsets.UTF_8)) {
                out.write(ForecastFile.HEADER);
                for (Future<String> part : parts) {
                    out.write(part.get());
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d series, %d methods, %d threads: %.1f s (%.1f ms per series)%n", series.size(),
                MonthlyForecaster.METHODS.size(), o.threads, seconds, 1000 * seconds / series.size());
        System.out.println("forecasts: " + o.out);
        if (holdout) {
            Path data = o.out.resolveSibling("m3-holdout-data.csv");
            writeHoldoutData(series, data);
            System.out.println("score: python3 score.py --data " + data + " --reference JAVA:naive2 " + o.out);
        } else {
            System.out.println("score: python3 score.py " + o.out + "   (score.py ships with the M3 data; see docs/benchmarks.md)");
        }
    }

    private static String forecastRows(MonthlyForecaster forecaster, M3Series s, boolean withNaive2)
            throws IOException {
        StringWriter w = new StringWriter();
        Map<String, SeriesForecast> all = forecaster.forecastAll(s.train(), HORIZON);
        for (Map.Entry<String, SeriesForecast> e : all.entrySet()) {
            ForecastFile.write(w, "JAVA:" + e.getKey(), s.id(), e.getValue());
        }
        if (withNaive2) {
            ForecastFile.writePoints(w, "JAVA:naive2", s.id(), Naive2.forecast(s.train(), HORIZON));
        }
        return w.toString();
    }

    private static void writeHoldoutData(List<M3Series> series, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("series_id,period,value,split\n");
            for (M3Series s : series) {
                double[] y = s.train();
                for (int t = 0; t < y.length; t++) {
                    String split = t < y.length - HORIZON ? "train" : "test";
                    out.write(s.id() + "," + (t + 1) + "," + java.math.BigDecimal.valueOf(y[t]).toPlainString() + ","
                            + split + "\n");
                }
            }
        }
    }

    /** Command-line options. */
    private record Options(Path data, Path out, boolean holdout, double intervalScale, int threads) {
        static Options parse(String[] args) {
            if (args.length == 0) {
                throw usage("missing the data file");
            }
            Path data = Path.of(args[0]);
            Path out = Path.of("m3-forecasts.csv");
            boolean holdout = false;
            double scale = ForecastSettings.DEFAULT_INTERVAL_SCALE;
            int threads = 2;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = Path.of(value(args, ++i));
                    case "--holdout" -> holdout = true;
                    case "--interval-scale" -> scale = Double.parseDouble(value(args, ++i));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                    default -> throw usage("unknown option " + args[i]);
                }
            }
            return new Options(data, out, holdout, scale, threads);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw usage("option " + args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static IllegalArgumentException usage(String problem) {
            return new IllegalArgumentException(problem + "; usage: M3Benchmark DATA.csv [--out FILE] [--holdout] "
                    + "[--interval-scale X] [--threads N]");
        }
    }
}
