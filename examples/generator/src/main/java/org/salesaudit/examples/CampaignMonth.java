package org.salesaudit.examples;

import java.time.YearMonth;

/** One row of the Campaigns sheet: a campaign's spend and nurture e-mails in a month. */
record CampaignMonth(Campaign campaign, YearMonth period, double spend, int sent, int opened, int clicked) {
}
