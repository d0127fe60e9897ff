package org.salesaudit.commission.register;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.salesaudit.commission.calculation.CommissionRun;
import org.salesaudit.commission.calculation.RepMonth;

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
    public static String rounding(java.math.RoundingMode mode) {
        return mode.name() + " per step to the currency's scale; segment commission "
                + "allocated to deal lines by largest remainder";
    }

    private final List<Map<String, Object>> inputs = new ArrayList<>();
    private final List<Map<String, Object>> outputs = new ArrayList<>();
    private Map<String, Object> previous;

    /** Records an input file by name and content. */
    public void input(String name, byte[] sha256, long size) {
        inputs.add(entry(name, sha256, size));
    }

    public void previous(String name, byte[] sha256, long size) {
        previous = entry(name, sha256, size);
    }

    /** Records an output file written with these bytes. */
    public void output(String name, byte[] content) {
        outputs.add(entry(name, sha256(content), content.length));
    }

    /** @return the manifest as pretty-printed JSON, UTF-8 */
    public byte[] toJson(String generator, CommissionRun run, int changes) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generator", generator);
        root.put("period", run.period().toString());
        root.put("currency", run.currency().getCurrencyCode());
        root.put("rounding", rounding(run.rounding()));
        root.put("statements", run.statements().size());
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("credit", sum(run, RepMonth::credit));
        totals.put("earned", sum(run, RepMonth::earned));
        totals.put("variable_pay", sum(run, m -> m.ledger().paid()));
        totals.put("base_salary", sum(run, RepMonth::baseSalary));
        totals.put("total_pay", sum(run, RepMonth::totalPay));
        root.put("totals", totals);
        root.put("inputs", inputs);
        if (previous != null) {
            root.put("previous", previous);
            root.put("changed_lines", changes);
        }
        root.put("outputs", outputs);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String json = mapper.writeValueAsString(root) + "\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal sum(CommissionRun run, java.util.function.Function<RepMonth, BigDecimal> f) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Math.max(0, run.currency().getDefaultFractionDigits()));
        return run.statements().stream().map(f).reduce(zero, BigDecimal::add);
    }

    private static Map<String, Object> entry(String name, byte[] sha256, long size) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("file", name);
        e.put("sha256", HexFormat.of().formatHex(sha256));
        e.put("bytes", size);
        return e;
    }

    /** @return the SHA-256 of {@code content} */
    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
