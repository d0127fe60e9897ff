package org.salesaudit.render.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF against PDF/A-3a and PDF/UA-1, the two standards every report PDF
 * claims. A failure lists each failed rule with its clause, test number, description and count.
 */
public final class VeraPdf {

    /** The standards every report PDF must meet. */
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

    /** Hashes of the PDFs that passed: the tests render the same bytes many times, validate them once. */
    private static final java.util.Set<String> VALIDATED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Fails the test unless {@code pdf} passes every flavour of {@link #FLAVOURS}. */
    public static void assertCompliant(byte[] pdf, String what) {
        if (!VALIDATED.add(sha256(pdf))) {
            return;
        }
        StringBuilder failures = new StringBuilder();
        for (PDFAFlavour flavour : FLAVOURS) {
            ValidationResult result = validate(pdf, flavour);
            if (!result.isCompliant()) {
                failures.append(describe(flavour, result));
            }
        }
        if (failures.length() > 0) {
            VALIDATED.remove(sha256(pdf));
            fail(what + " is not compliant:\n" + failures);
        }
    }

    /** Validates the PDF file at {@code path}. */
    public static void assertCompliant(java.nio.file.Path path) throws java.io.IOException {
        assertCompliant(java.nio.file.Files.readAllBytes(path), path.toString());
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the failed rules of {@code pdf} for {@code flavour}, empty when it complies */
    public static String failures(byte[] pdf, PDFAFlavour flavour) {
        ValidationResult result = validate(pdf, flavour);
        return result.isCompliant() ? "" : describe(flavour, result);
    }

    private static ValidationResult validate(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            return validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF as " + flavour.getId(), e);
        }
    }

    private static String describe(PDFAFlavour flavour, ValidationResult result) {
        Map<String, Integer> failed = new TreeMap<>();
        for (TestAssertion a : result.getTestAssertions()) {
            if (a.getStatus() == TestAssertion.Status.FAILED) {
                String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                failed.merge(rule, 1, Integer::sum);
            }
        }
        StringBuilder s = new StringBuilder("  " + flavour.getId() + ":\n");
        failed.forEach((rule, count) -> s.append("    ").append(rule).append(" (").append(count).append("x)\n"));
        return s.toString();
    }
}
