package org.salesaudit.commission;

import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/**
 * The {@code commissions.*} keys of the settings file (docs/settings.md).
 *
 * @param rounding how every money step of the calculation is rounded to the currency's scale:
 *                 {@link RoundingMode#HALF_UP} (the default) or {@link RoundingMode#HALF_EVEN}; stated on
 *                 every statement and in manifest.json
 */
public record CommissionSettings(RoundingMode rounding) {

    public static final String ROUNDING_KEY = "commissions.rounding";

    public CommissionSettings {
        Objects.requireNonNull(rounding, "rounding");
        if (rounding != RoundingMode.HALF_UP && rounding != RoundingMode.HALF_EVEN) {
            throw new IllegalArgumentException("rounding must be HALF_UP or HALF_EVEN: " + rounding);
        }
    }

    /** @return the documented defaults: half-up rounding */
    public static CommissionSettings defaults() {
        return new CommissionSettings(RoundingMode.HALF_UP);
    }

    /**
     * Reads the {@code commissions.*} keys.
     *
     * @throws InvalidInputException naming the key when a value is not one of the allowed ones
     */
    public static CommissionSettings from(SettingsFile file) throws InvalidInputException {
        Optional<String> rounding = file.text(ROUNDING_KEY);
        if (rounding.isEmpty()) {
            return defaults();
        }
        String value = rounding.get().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (value) {
            case "HALF_UP" -> new CommissionSettings(RoundingMode.HALF_UP);
            case "HALF_EVEN" -> new CommissionSettings(RoundingMode.HALF_EVEN);
            default -> throw file.invalid(ROUNDING_KEY, "HALF_UP or HALF_EVEN", rounding.get());
        };
    }
}
