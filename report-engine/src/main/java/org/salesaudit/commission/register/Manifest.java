package org.salesaudit.commission.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.RunTotals;

/**
 * {@value #FILE_NAME}: what a run read and wrote, so that anyone can check later that a statement is
 * the one produced from given inputs. Lists the SHA-256 and size of every input (and of the previous
 * register) and of every output file except itself, the month, the currency, the rounding rule and
 * the totals. Holds no clock time: the same inputs give the same manifest.
 */
public final class Manifest {

    /** The file name of the manifest. */
    public static final String FILE_NAME = "manifest.json";

    /** @return the rounding rule, as stated on every statement, e.g. {@code HALF_UP per step to ...} */
    public static String rounding(RoundingMode mode) {
        return mode.name() + " per step to the currency's scale; segment commission "
                + "allocated to deal lines by largest remainder";
    }

    /** A file as the manifest lists it; kept compact, as a batch lists two files per rep. */
    private record Entry(String file, byte[] sha256, long bytes) {
    }

    private final List<Entry> inputs = new ArrayList<>();
    private final List<Entry> outputs = new ArrayList<>();
    private Entry previous;

    /** Records an input file by name and content. */
    public void input(String name, byte[] sha256, long size) {
        inputs.add(new Entry(name, sha256.clone(), size));
    }

    public void previous(String name, byte[] sha256, long size) {
        previous = new Entry(name, sha256.clone(), size);
    }

    /** Records an output file written with these bytes. */
    public void output(String name, byte[] content) {
        outputs.add(new Entry(name, sha256(content), content.length));
    }

    /** Records an output file written with bytes of this SHA-256 and size. */
    public void output(String name, byte[] sha256, long size) {
        outputs.add(new Entry(name, sha256.clone(), size));
    }

    /** @return the manifest as pretty-printed JSON, UTF-8 */
    public byte[] toJson(String generator, CommissionRun run, int changes) throws IOException {
        return toJson(generator, run.period(), run.currency(), run.rounding(), RunTotals.of(run), changes);
    }

    /** @return the manifest of a month with these totals as pretty-printed JSON, UTF-8 */
    public byte[] toJson(String generator, YearMonth period, Currency currency, RoundingMode rounding, RunTotals totals,
            int changes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, generator, period, currency, rounding, totals, changes);
        return bytes.toByteArray();
    }

    /**
     * Writes the manifest of a month with these totals as pretty-printed JSON, UTF-8, one file entry at a
     * time; leaves {@code out} open.
     */
    public void write(OutputStream out, String generator, YearMonth period, Currency currency, RoundingMode rounding,
            RunTotals totals, int changes) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", generator);
        root.put("period", period.toString());
        root.put("currency", currency.getCurrencyCode());
        root.put("rounding", rounding(rounding));
        root.put("statements", totals.statements());
        Map<String, Object> sums = new LinkedHashMap<>();
        sums.put("credit", totals.credit());
        sums.put("earned", totals.earned());
        sums.put("variable_pay", totals.variablePay());
        sums.put("base_salary", totals.baseSalary());
        sums.put("total_pay", totals.totalPay());
        root.put("totals", sums);
        root.put("inputs", entries(inputs));
        if (previous != null) {
            root.put("previous", entry(previous));
            root.put("changed_lines", changes);
        }
        root.put("outputs", entries(outputs));
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        mapper.writeValue(out, root);
        out.write('\n');
    }

    /** @return the entries as JSON objects, each made when the writer reaches it */
    private static List<Map<String, Object>> entries(List<Entry> entries) {
        return new AbstractList<>() {
            @Override
            public Map<String, Object> get(int index) {
                return entry(entries.get(index));
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    private static Map<String, Object> entry(Entry entry) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", entry.file());
        e.put("sha256", HexFormat.of().formatHex(entry.sha256()));
        e.put("bytes", entry.bytes());
        return e;
    }

    /** @return the SHA-256 of {@code content} */
    public static byte[] sha256(byte[] content) {
        return digest().digest(content);
    }

    /** @return the SHA-256 of the file's bytes, read as a stream */
    public static byte[] sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return in.getMessageDigest().digest();
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
