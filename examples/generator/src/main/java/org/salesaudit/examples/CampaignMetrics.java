package org.salesaudit.examples;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly spend and nurture e-mail counts of each campaign in each month it runs. The e-mail
 * list of a campaign grows with the leads it brought; opens and clicks follow the campaign's
 * rates with some noise; spend rises in the fourth quarter.
 */
final class CampaignMetrics {

    private CampaignMetrics() {
    }

    static List<CampaignMonth> monthly(CampaignCatalog catalog, List<Lead> leads, Rng rng) {
        Map<Campaign, Map<YearMonth, Integer>> counts = new LinkedHashMap<>();
        for (Lead lead : leads) {
            counts.computeIfAbsent(lead.campaign, c -> new LinkedHashMap<>())
                    .merge(YearMonth.from(lead.created), 1, Integer::sum);
        }
        List<CampaignMonth> rows = new ArrayList<>();
        YearMonth last = YearMonth.from(DataWindow.AS_OF);
        for (Campaign campaign : catalog.all()) {
            Map<YearMonth, Integer> perMonth = counts.getOrDefault(campaign, Map.of());
            int list = campaign.isEvent() ? 0 : 900;
            for (YearMonth month = YearMonth.from(DataWindow.HISTORY_START); !month.isAfter(last);
                    month = month.plusMonths(1)) {
                int newLeads = perMonth.getOrDefault(month, 0);
                list += newLeads;
                if (!campaign.activeIn(month) || month.isBefore(YearMonth.from(DataWindow.START))) {
                    continue;
                }
                int sent = campaign.isEvent() ? 6_000 + rng.between(0, 1_500) + 3 * newLeads
                        : (int) Math.round(list * 1.6 + newLeads * 5.0);
                int opened = (int) Math.round(sent * campaign.openRate() * rng.uniform(0.9, 1.1));
                int clicked = (int) Math.round(sent * campaign.clickRate() * rng.uniform(0.85, 1.15));
                double season = BusinessCalendar.inFourthQuarter(month.atDay(1)) ? 1.1 : 1.0;
                double spend = campaign.channel().equals("Podcast") ? campaign.monthlySpend()
                        : Money.round(campaign.monthlySpend() * season * rng.uniform(0.9, 1.1));
                rows.add(new CampaignMonth(campaign, month, spend, sent, opened, clicked));
            }
        }
        return rows;
    }
}
