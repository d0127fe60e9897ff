package org.salesaudit.audit;

import java.util.List;

/** The audit sections in report order. */
public final class Audits {

    private Audits() {
    }

    /** @return a fresh list of every audit, in the order the report presents them */
    public static List<Audit> all() {
        return List.of(
                new LeadGenerationAudit(),
                new FunnelAudit(),
                new TimeToCustomerAudit(),
                new CampaignAudit(),
                new SalesEffectivenessAudit(),
                new QuotaAttainmentAudit(),
                new RepQuadrantAudit(),
                new FollowUpAudit(),
                new PipelineAudit(),
                new PipelineHealthAudit(),
                new StageCalibrationAudit(),
                new LeadScoringAudit(),
                new CustomerAudit(),
                new CapacityAudit());
    }
}
