package org.salesaudit.benchmarks.m3;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One M3 series as the forecaster may see it: its id and its training values, oldest first.
 */
record M3Series(String id, double[] train) {

    /**
     * Reads the training rows of {@code m3_monthly.csv}; test rows are skipped unread.
     *
     * @throws IOException on a missing file or a line that is not {@code series_id,period,value,split}
     */
    static List<M3Series> readTraining(Path csv) throws IOException {
        Map<String, TreeMap<Integer, Double>> rows = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.strip().equals("series_id,period,value,split")) {
                throw new IOException(csv + ": expected the header series_id,period,value,split, found " + header);
            }
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = line.split(",", -1);
                if (f.length != 4) {
                    throw new IOException(csv + ", line " + lineNo + ": expected 4 fields, found " + line);
                }
                if (!f[3].equals("train")) {
                    continue;
                }
                try {
                    rows.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]),
                            Double.parseDouble(f[2]));
                } catch (NumberFormatException e) {
                    throw new IOException(csv + ", line " + lineNo + ": expected a period and a value, found " + line, e);
                }
            }
        }
        List<M3Series> series = new ArrayList<>();
        rows.forEach((id, values) -> series.add(
                new M3Series(id, values.values().stream().mapToDouble(Double::doubleValue).toArray())));
        return series;
    }

    /** @return the series without its last {@code months} values (a time split of the training data) */
    M3Series withoutLast(int months) {
        return new M3Series(id, java.util.Arrays.copyOf(train, train.length - months));
    }

    /** @return the last {@code months} training values */
    double[] last(int months) {
        return java.util.Arrays.copyOfRange(train, train.length - months, train.length);
    }
}
