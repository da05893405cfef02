#!/usr/bin/env python3
"""Disclosure control against the independent attacker, over random small programmes.

Each trial writes a synthetic programme with `famdash sample` (60-560 families, 1-32 wards,
1-3 quarters, phase 1 or 2), then varies what a council's programme.toml and extract may
hold: min_count from 2 to 10, with or without targets, finance and the level column. famdash
publishes the data files (`famdash publish-data`, the same files `build` writes), and the
attacker (attacker.py) tries to pin every [c]. A trial fails when a [c] is pinned, when a
published count is under min_count, or when famdash refuses the programme without cause.
DATA.md makes a count that no pattern can protect a build error; a refusal has cause when
the attacker pins every count it names even with every figure but summary.json withheld (on
this programme's exact figures), so that no suppression pattern could have protected them.

Usage: random_programmes.py FAMDASH TRIALS [SEED]     exit 1 on any failure
"""
import csv
import io
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attacker  # noqa: E402

# Columns of counts in the published files (labels, percentages and pounds are not counts).
NOT_COUNTS = {"ward", "locality", "measure", "band", "age", "lead_agency", "level", "target_by", "target", "status",
              "item", "pounds", "from", "claim_type", "rollout_group", "outcome", "comparison", "period", "code"}


def edit_programme(folder, rng):
    path = os.path.join(folder, "programme.toml")
    text = open(path, encoding="utf-8").read()
    min_count = rng.randint(2, 10)
    text = re.sub(r"(?m)^min_count = \d+", f"min_count = {min_count}", text)
    options = {"min_count": min_count, "targets": rng.random() < 0.6, "finance": rng.random() < 0.7, "levels": rng.random() < 0.7}
    blocks = re.split(r"(?m)^(?=\[)", text)
    kept = []
    for block in blocks:
        if block.startswith("[[targets]]") and not options["targets"]:
            continue
        if block.startswith("[finance") and not options["finance"]:
            continue
        kept.append(block)
    open(path, "w", encoding="utf-8").write("".join(kept))
    if not options["levels"]:
        for root, _, files in os.walk(os.path.join(folder, "periods")):
            if "families.csv" in files:
                drop_column(os.path.join(root, "families.csv"), "level")
    return options


def drop_column(path, column):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    if column not in rows[0]:
        return
    index = rows[0].index(column)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow(row[:index] + row[index + 1:])
    open(path, "w", encoding="utf-8").write(out.getvalue())


def small_counts(site, min_count):
    """Published counts from 1 to min_count - 1: primary suppression missed them."""
    found = []
    for quarter in attacker.quarters(site):
        data = os.path.join(quarter, "data")
        for name in sorted(os.listdir(data)):
            for number, row in enumerate(attacker.read_csv(os.path.join(data, name)) or []):
                for column, value in row.items():
                    if column in NOT_COUNTS or column.endswith("_pct") or not value.isdigit():
                        continue
                    if 0 < int(value) < min_count:
                        found.append(f"{os.path.basename(quarter)}/{name} row {number + 1} {column} = {value}")
    return found


# Columns that label a row (or state a setting): never withheld in the fully masked site.
# Pounds are not counts, but they are published numbers, so they are masked too.
LABELS = NOT_COUNTS - {"pounds"}
REFUSAL = re.compile(r"cannot protect \d+ suppressed count\(s\) of (\d{4}-Q\d): (.*?); every way")
NAMED_CELL = re.compile(r"(\S+) row '([^']*)', column (\w+)")


def mask_site(site):
    """Withhold every number of every quarter's CSVs (summary.json stays, as DATA.md requires)."""
    for quarter in attacker.quarters(site):
        data = os.path.join(quarter, "data")
        for name in os.listdir(data):
            path = os.path.join(data, name)
            with open(path, newline="", encoding="utf-8") as handle:
                rows = list(csv.reader(handle))
            header = rows[0]
            for row in rows[1:]:
                for index, value in enumerate(row):
                    if header[index] not in LABELS and re.fullmatch(r"-?\d+(\.\d+)?", value):
                        row[index] = "[c]"
            with open(path, "w", newline="", encoding="utf-8") as handle:
                csv.writer(handle, lineterminator="\n").writerows(rows)


def refusal_has_cause(famdash, data, work, stderr, settings):
    """Whether every count famdash names is pinned even when everything that may be hidden is."""
    match = REFUSAL.search(stderr)
    if not match:
        return False
    period, named = match.group(1), NAMED_CELL.findall(match.group(2))
    exact_data, exact_site = os.path.join(work, "exact-data"), os.path.join(work, "exact-site")
    shutil.copytree(data, exact_data)
    path = os.path.join(exact_data, "programme.toml")
    text = re.sub(r"(?m)^min_count = \d+", "min_count = 0", open(path, encoding="utf-8").read())
    open(path, "w", encoding="utf-8").write(text)
    subprocess.run([famdash, "publish-data", "--data", exact_data, "--out", exact_site], check=True, capture_output=True)
    exact_rows = {}
    for table, label, column in named:
        rows = exact_rows.setdefault(table, attacker.read_csv(os.path.join(exact_site, period, "data", table + ".csv")))
        if not any(row[next(iter(row))] == label for row in rows):
            return False
    mask_site(exact_site)
    folders = attacker.quarters(exact_site)
    index = [os.path.basename(f) for f in folders].index(period)
    model = attacker.quarter_model(folders[index], folders[index - 1] if index > 0 else None, settings)
    pinned = {name for name, _ in attacker.pinned_cells(model)}
    for table, label, column in named:
        row = next(i for i, r in enumerate(exact_rows[table]) if r[next(iter(r))] == label)
        if f"{table}.csv row {row + 1} {column}" not in pinned:
            return False
    return True


def trial(arguments):
    famdash, number, seed = arguments
    rng = random.Random(seed * 1000003 + number)
    work = tempfile.mkdtemp(prefix="famdash-disclosure-")
    try:
        data, site = os.path.join(work, "data"), os.path.join(work, "site")
        wards = rng.choice([rng.randint(1, 7), rng.randint(8, 32), rng.randint(8, 32)])
        sample = [famdash, "sample", "--out", data, "--families", str(rng.randint(60, 560)), "--wards", str(wards),
                  "--localities", str(rng.randint(1, min(wards, 6))), "--periods", str(rng.randint(1, 3)),
                  "--phase", str(rng.choice([1, 2])), "--seed", str(rng.randint(1, 10**6))]
        subprocess.run(sample, check=True, capture_output=True)
        options = edit_programme(data, rng)
        label = f"trial {number} ({' '.join(sample[3:])}, {options})"
        result = subprocess.run([famdash, "publish-data", "--data", data, "--out", site], capture_output=True, text=True)
        settings = tomllib.load(open(os.path.join(data, "programme.toml"), "rb"))
        if result.returncode != 0:
            if refusal_has_cause(famdash, data, work, result.stderr, settings):
                return label, [], 0
            return label, [f"famdash refused the programme: {result.stderr.strip()[:400]}"], 0
        problems = [f"published under min_count: {cell}" for cell in small_counts(site, options["min_count"])]
        problems += [f"pinned {cell}" for cell in attacker.attack_site(site, settings)]
        suppressed = sum(open(os.path.join(q, "data", n), encoding="utf-8").read().count("[c]")
                         for q in attacker.quarters(site) for n in os.listdir(os.path.join(q, "data")))
        return label, problems, suppressed
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    famdash, trials = os.path.abspath(argv[0]), int(argv[1])
    seed = int(argv[2]) if len(argv) > 2 else 20261202
    with multiprocessing.Pool(max(1, os.cpu_count() or 1)) as pool:
        results = pool.map(trial, [(famdash, n, seed) for n in range(trials)])
    failures = 0
    suppressed = 0
    for label, problems, count in results:
        suppressed += count
        if problems:
            failures += 1
            print(f"FAIL {label}")
            for problem in problems[:10]:
                print(f"     {problem}")
    print(f"{trials - failures} of {trials} random programmes pass the attacker ({suppressed} [c] cells in all)")
    if suppressed < trials:
        print("FAIL the random programmes hardly exercise suppression")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
