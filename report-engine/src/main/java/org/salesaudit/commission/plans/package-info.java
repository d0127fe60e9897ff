/**
 * Commission plans as data: plan versions with their tiers, caps, draws and SPIFs, the assignment of
 * reps to plans, crediting splits and cancellations, read from the Plans, Tiers, SPIFs, Plan
 * Assignments, Credit Splits and Cancellations sheets and checked before anything is computed.
 */
package org.salesaudit.commission.plans;
