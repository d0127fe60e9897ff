/**
 * Problems in the user's data as values ({@link org.salesaudit.problem.Problem} with a
 * {@link org.salesaudit.problem.CellLocation}), the policy that decides whether to collect them or
 * stop, and the one checked exception for unusable input,
 * {@link org.salesaudit.problem.InvalidInputException}.
 */
package org.salesaudit.problem;
