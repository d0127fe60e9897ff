"""Scores equal-weight combinations of the M3 runner's single methods on the holdout split.

Usage (after `M3Benchmark ... --holdout --out holdout.csv`, which also writes m3-holdout-data.csv):

    python3 combinations.py m3-holdout-data.csv holdout.csv

For every set of 1 to 5 of the single methods, the mean (and for 3 or more, the median) of their point
forecasts is scored with the M4 definitions used by score.py (sMAPE, MASE on the in-sample seasonal
naive scale, OWA against JAVA:naive2); the 40 best are printed, lowest OWA first. Needs numpy. It reads
only the holdout split: the competition's test rows are never used to choose a combination.
"""
import csv
import itertools
import sys

import numpy as np

H = 18
SEASON = 12
SINGLE = ["theta", "theta_log", "damped_log", "dotm", "dotm_log", "otm_log", "ses", "damped", "ets",
          "hw_or_theta_log", "otm"]


def main(data_path, forecast_path):
    train, test = {}, {}
    with open(data_path) as f:
        for r in csv.DictReader(f):
            (train if r["split"] == "train" else test).setdefault(r["series_id"], []).append(float(r["value"]))
    ids = sorted(train)
    scale = np.array([np.mean(np.abs(np.array(train[s])[SEASON:] - np.array(train[s])[:-SEASON])) for s in ids])
    actual = np.array([test[s] for s in ids])
    points = {}
    with open(forecast_path) as f:
        for r in csv.DictReader(f):
            method = r["method"].removeprefix("JAVA:")
            points.setdefault(method, {}).setdefault(r["series_id"], [np.nan] * H)[int(r["step"]) - 1] = \
                float(r["forecast"])
    fc = {m: np.array([points[m].get(s, [np.nan] * H) for s in ids]) for m in points}
    # Holt-Winters runs on seasonal series only; elsewhere it stands in with theta_log
    fc["hw_or_theta_log"] = np.where(np.isnan(fc["holt_winters"]), fc["theta_log"], fc["holt_winters"])

    def smape(f):
        return np.mean(200 * np.abs(actual - f) / (np.abs(actual) + np.abs(f)), axis=1).mean()

    def mase(f):
        return (np.mean(np.abs(actual - f), axis=1) / scale).mean()

    naive_smape, naive_mase = smape(fc["naive2"]), mase(fc["naive2"])

    def owa(f):
        return 0.5 * (smape(f) / naive_smape + mase(f) / naive_mase)

    results = []
    for k in range(1, 6):
        for members in itertools.combinations(SINGLE, k):
            stack = np.stack([fc[m] for m in members])
            results.append((owa(stack.mean(0)), "mean", members))
            if k >= 3:
                results.append((owa(np.median(stack, 0)), "median", members))
    results.sort()
    print(f"{len(results)} candidates")
    for value, how, members in results[:40]:
        print(f"{value:.4f} {how} {' '.join(members)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
