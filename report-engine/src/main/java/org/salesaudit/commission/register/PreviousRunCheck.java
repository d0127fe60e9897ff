package org.salesaudit.commission.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.salesaudit.problem.CellLocation;
import org.salesaudit.problem.Problem;

/**
 * Checks the register given with {@code --previous} against the {@value Manifest#FILE_NAME} its run
 * wrote next to it: when the register's SHA-256 is not the one recorded, the register was edited (or
 * replaced) since that run, and the comparison starts from amounts that run did not write. That is a
 * problem to report (a warning; refused under {@code --strict}), not a reason to crash.
 */
public final class PreviousRunCheck {

    private PreviousRunCheck() {
    }

    /**
     * @return a problem when a manifest lies next to {@code register} and does not vouch for it as it is
     *         now; empty when it does, or when there is no manifest to check against
     * @throws IOException the register cannot be read
     */
    public static Optional<Problem> check(Path register) throws IOException {
        Path manifestFile = register.toAbsolutePath().resolveSibling(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            return Optional.empty();
        }
        String name = register.getFileName().toString();
        JsonNode outputs;
        try {
            outputs = new ObjectMapper().readTree(manifestFile.toFile()).path("outputs");
        } catch (JsonProcessingException e) {
            return Optional.of(Problem.warning("commission.previous_manifest_unreadable",
                    CellLocation.ofFile(Manifest.FILE_NAME), "the manifest.json of the run that wrote " + name,
                    "a file that is not valid JSON", "the register is used without checking it"));
        }
        String recorded = null;
        for (JsonNode entry : outputs) {
            if (name.equals(entry.path("file").asText())) {
                recorded = entry.path("sha256").asText();
            }
        }
        if (recorded == null) {
            return Optional.of(Problem.warning("commission.previous_not_in_manifest", CellLocation.ofFile(name),
                    "a register listed in the manifest.json next to it", "no entry for " + name,
                    "the register is used without checking it"));
        }
        String actual = HexFormat.of().formatHex(Manifest.sha256(register));
        if (!actual.equalsIgnoreCase(recorded)) {
            return Optional.of(Problem.warning("commission.previous_edited", CellLocation.ofFile(name),
                    "the register as its run wrote it (SHA-256 " + recorded + " in " + Manifest.FILE_NAME + ")",
                    "a register edited since that run (SHA-256 " + actual + ")",
                    "compared as it is now: check the edits, the changes and adjustments start from its amounts"));
        }
        return Optional.empty();
    }

}
