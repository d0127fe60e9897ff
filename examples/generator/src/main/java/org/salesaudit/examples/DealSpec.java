package org.salesaudit.examples;

import java.time.LocalDate;

/**
 * What is known when a deal is opened.
 *
 * @param created the day it is opened
 * @param openedBy the rep who opens it
 * @param type deal type (decides the first stage)
 * @param enterprise enterprise deals take twice as long
 * @param amount the amount first entered
 * @param winFactor multiplier of the odds of moving on, from the lead source
 * @param speed multiplier of stage durations, from the lead source
 * @param stallAt the stage where the deal gets stuck, or null
 * @param renewalDate the contract anniversary of a renewal, else null
 */
record DealSpec(LocalDate created, String openedBy, DealType type, boolean enterprise, double amount,
        double winFactor, double speed, Stage stallAt, LocalDate renewalDate) {
}
