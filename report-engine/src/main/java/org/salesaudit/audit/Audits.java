package org.salesaudit.audit;

import java.util.List;

import org.salesaudit.forecast.ForecastSection;
import org.salesaudit.forecast.ForecastSettings;
import org.salesaudit.problem.InvalidInputException;
import org.salesaudit.settings.SettingsFile;

/** The audit sections in report order. */
public final class Audits {

    private Audits() {
    }

    /** @return a fresh list of every audit with default settings, in the order the report presents them */
    public static List<Audit> all() {
        try {
            return all(SettingsFile.defaults());
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the default settings are valid", e);
        }
    }

    /**
     * @param settings the settings file; each audit reads its own keys from it
     * @return a fresh list of every audit, in the order the report presents them
     * @throws InvalidInputException a setting is malformed (the exception names the file and key)
     */
    public static List<Audit> all(SettingsFile settings) throws InvalidInputException {
        return List.of(
                new LeadGenerationAudit(),
                new FunnelAudit(),
                new TimeToCustomerAudit(),
                new CampaignAudit(),
                new SalesEffectivenessAudit(),
                new SellingTimeAudit(),
                new QuotaAttainmentAudit(),
                new RepQuadrantAudit(),
                new FollowUpAudit(),
                new PipelineAudit(),
                new PipelineHealthAudit(),
                new StageCalibrationAudit(),
                new ForecastSection(ForecastSettings.from(settings)),
                new LeadScoringAudit(),
                new CustomerAudit(),
                new CapacityAudit());
    }
}
