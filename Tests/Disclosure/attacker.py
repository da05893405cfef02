#!/usr/bin/env python3
"""An attacker with a solver, written apart from famdash's own audit.

It reads only what a reader has: the published files of one quarter of a built site
(P/data/*.csv and P/summary.json), the previous quarter's published rag.csv, and the
programme's payment rates from programme.toml (the national framework is public). It writes
down everything DATA.md says a reader knows ("The attacker"): every count is a whole number
>= 0; the sums along and across every table and the links between tables; movement bounded
by last quarter's and this quarter's RAG; money as rate x count; targets at most the
families allocated; percentages as intervals; and rows that are listed only when they count
someone. Then, for each [c] count, the smallest and largest value by linear programming
(scipy's HiGHS), and by integer programming where the LP range is under 2. A [c] with a
single possible value is pinned.

Usage:
  attacker.py SITE PROGRAMME_TOML            every quarter of a site; exit 1 if any [c] is pinned
  attacker.py --quarter DIR [--previous DIR] PROGRAMME_TOML
"""
import csv
import json
import math
import os
import sys
import tomllib

import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
from scipy.sparse import lil_matrix

SUPPRESSED = "[c]"


class Model:
    """Unknowns ([c] cells and hidden quantities) and linear statements about them."""

    def __init__(self):
        self.names = []          # unknown -> description
        self.is_cell = []        # unknown -> a published [c] count (audited) or a hidden quantity
        self.rows = []           # (coefficients {unknown: c}, low, high)

    def unknown(self, name, cell=True):
        self.names.append(name)
        self.is_cell.append(cell)
        return len(self.names) - 1

    def state(self, terms, low, high):
        """sum(c * x) in [low, high]; terms are (coefficient, Value)."""
        coefficients, constant = {}, 0
        for coefficient, value in terms:
            if value is None:
                return  # a file that is not published: the reader does not have this statement
            if value.unknown is None:
                constant += coefficient * value.number
            else:
                coefficients[value.unknown] = coefficients.get(value.unknown, 0) + coefficient
        coefficients = {k: v for k, v in coefficients.items() if v != 0}
        if not coefficients:
            return
        self.rows.append((coefficients, None if low is None else low - constant, None if high is None else high - constant))

    def equal(self, left, right):
        self.state([(1, v) for v in left] + [(-1, v) for v in right], 0, 0)

    def at_most(self, left, right, constant=0):
        """sum(left) <= sum(right) + constant"""
        self.state([(1, v) for v in left] + [(-1, v) for v in right], None, constant)


class Value:
    def __init__(self, number=None, unknown=None):
        self.number, self.unknown = number, unknown


def read_csv(path):
    if not os.path.exists(path):
        return None
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


class Quarter:
    """The published files of one quarter, with each [c] count an unknown of the model."""

    def __init__(self, folder, model, tag):
        self.folder, self.model, self.tag = folder, model, tag
        self.tables = {}
        data = os.path.join(folder, "data")
        for name in sorted(os.listdir(data)) if os.path.isdir(data) else []:
            if name.endswith(".csv"):
                self.tables[name[:-4]] = read_csv(os.path.join(data, name))
        with open(os.path.join(folder, "summary.json"), encoding="utf-8") as handle:
            self.summary_json = json.load(handle)
        self.cache = {}

    def value(self, table, row, column, text):
        key = (table, row, column)
        if key in self.cache:
            return self.cache[key]
        if text == SUPPRESSED:
            value = Value(unknown=self.model.unknown(f"{self.tag}{table}.csv row {row + 1} {column}"))
        else:
            value = Value(number=int(text))
        self.cache[key] = value
        return value

    def cell(self, table, row, column):
        rows = self.tables.get(table)
        if rows is None or row >= len(rows):
            return None
        return self.value(table, row, column, rows[row][column])

    def column(self, table, column):
        rows = self.tables.get(table)
        return None if rows is None else [self.cell(table, i, column) for i in range(len(rows))]

    def summary(self, key):
        if key not in self.summary_json:
            return None
        return self.value("summary", 0, key, str(self.summary_json[key]))

    def row_of(self, table, column, label):
        for index, row in enumerate(self.tables.get(table) or []):
            if row[column] == label:
                return index
        return None


def all_present(values):
    return values is not None and all(v is not None for v in values)


def add_percentages(model, quarter, table, part, base_of):
    """A published percentage bounds its count: (t - 0.5) * base <= 1000 * count <= (t + 0.5) * base."""
    rows = quarter.tables.get(table) or []
    for index, row in enumerate(rows):
        text = row.get(part + "_pct")
        if text is None or text == SUPPRESSED:
            continue
        count = quarter.cell(table, index, part)
        base = base_of(index)
        if count is None or base is None:
            continue
        tenths = round(float(text) * 10)
        model.state([(1000, count), (-(tenths + 0.5), base)], None, 0)
        model.state([(1000, count), (-(tenths - 0.5), base)], 0, None)


def rates(settings):
    """Per financial year (from-date, attachment fee, {claim kind: rate}) and the kinds."""
    finance = settings.get("finance")
    if finance is None:
        return None
    declared = [claim["key"] for claim in finance.get("claims", [])]
    kinds = declared or [None]
    years = []
    for year in finance.get("years", []):
        # Without kinds every claim is paid results_payment, whatever the year (DATA.md).
        rates_of_year = {k: year["results"][k] for k in declared} if declared else {None: finance["results_payment"]}
        years.append((str(year["from"]), year["attachment_fee"], rates_of_year))
    if not years:
        years = [("0000-01-01", finance["attachment_fee"], {k: finance["results_payment"] for k in kinds})]
    funded = finance.get("funded", "1")
    numerator, _, denominator = str(funded).partition("/")
    return {"years": years, "kinds": kinds, "funded": (int(numerator), int(denominator or 1)),
            "turned": [claim["key"] for claim in finance.get("claims", []) if claim.get("turned_around", True)],
            "single_rate": finance.get("results_payment")}


def quarter_model(folder, previous_folder, settings):
    model = Model()
    q = Quarter(folder, model, "")
    S = q.summary
    wards, localities = q.tables.get("wards") or [], q.tables.get("localities") or []

    # wards and localities
    for column in ("people", "families"):
        model.equal(q.column("wards", column), [S(column)])
        model.equal(q.column("localities", column), [S(column)])
        for index, locality in enumerate(localities):
            parts = [q.cell("wards", i, column) for i, ward in enumerate(wards) if ward["locality"] == locality["locality"]]
            model.equal(parts, [q.cell("localities", index, column)])
        add_percentages(model, q, "wards", column, lambda i, c=column: S(c))
        add_percentages(model, q, "localities", column, lambda i, c=column: S(c))
    unidentified = q.row_of("wards", "ward", "Unidentified")
    if unidentified is not None:
        model.state([(1, q.cell("wards", unidentified, "families"))], 1, None)

    # rag
    for index in range(len(q.tables.get("rag") or [])):
        parts = [q.cell("rag", index, c) for c in ("red", "amber", "green", "not_assessed")]
        model.equal(parts, [q.cell("rag", index, "qualifiers")])
        model.at_most([q.cell("rag", index, "qualifiers")], [S("families")])
        for status in ("red", "amber", "green"):
            add_percentages(model, q, "rag", status, lambda i: q.cell("rag", i, "qualifiers"))

    # ward-rag: each ward-measure row adds up to its qualifiers, the wards of a measure add up
    # to rag.csv, a ward's qualifiers are among its families, green_pct bounds green
    ward_rag = q.tables.get("ward-rag") or []
    ward_rows = {row["ward"]: i for i, row in enumerate(wards)}
    for index, row in enumerate(ward_rag):
        parts = [q.cell("ward-rag", index, c) for c in ("red", "amber", "green", "not_assessed")]
        model.equal(parts, [q.cell("ward-rag", index, "qualifiers")])
        if row["ward"] in ward_rows:
            model.at_most([q.cell("ward-rag", index, "qualifiers")], [q.cell("wards", ward_rows[row["ward"]], "families")])
    add_percentages(model, q, "ward-rag", "green", lambda i: q.cell("ward-rag", i, "qualifiers"))
    for measure, rag_index in ((r["measure"], i) for i, r in enumerate(q.tables.get("rag") or [])):
        members = [i for i, row in enumerate(ward_rag) if row["measure"] == measure]
        if not members:
            continue
        for column in ("qualifiers", "red", "amber", "green", "not_assessed"):
            model.equal([q.cell("ward-rag", i, column) for i in members], [q.cell("rag", rag_index, column)])

    # ages: the bands add up to people; the detailed band is the largest (ties: the younger)
    ages = q.tables.get("ages") or []
    model.equal(q.column("ages", "people"), [S("people")])
    add_percentages(model, q, "ages", "people", lambda i: S("people"))
    detail = q.tables.get("ages-detail") or []
    if detail:
        first = int(detail[0]["age"])
        top = 0 if first <= 10 else min(9, (first - 1) // 10)
        model.equal(q.column("ages-detail", "people"), [q.cell("ages", top, "people")])
        for band in range(10):
            if band != top:
                model.state([(1, q.cell("ages", top, "people")), (-1, q.cell("ages", band, "people"))], 1 if band < top else 0, None)

    # allocations: every listed agency leads someone
    model.equal(q.column("allocations", "families"), [S("allocated")])
    for index in range(len(q.tables.get("allocations") or [])):
        model.state([(1, q.cell("allocations", index, "families"))], 1, None)
    add_percentages(model, q, "allocations", "families", lambda i: S("allocated"))

    # ward allocations
    statuses = ("allocated", "not_to_be_allocated", "yet_to_be_allocated")
    for index in range(len(q.tables.get("ward-allocations") or [])):
        model.equal([q.cell("ward-allocations", index, c) for c in statuses], [q.cell("wards", index, "families")])
        model.at_most([q.cell("ward-allocations", index, "claimed")], [q.cell("wards", index, "families")])
    model.equal(q.column("ward-allocations", "allocated"), [S("allocated")])
    model.equal(q.column("ward-allocations", "claimed"), [S("claims")])

    # levels
    if "levels" in q.tables:
        for index in range(len(q.tables["levels"])):
            model.equal([q.cell("levels", index, c) for c in statuses], [q.cell("levels", index, "families")])
        model.equal(q.column("levels", "families"), [S("families")])
        model.equal(q.column("levels", "allocated"), [S("allocated")])
        for column in statuses[1:]:
            model.equal(q.column("levels", column), q.column("ward-allocations", column))

    # targets: families allocated by a date are among those allocated now, and by later dates
    targets = q.tables.get("targets") or []
    for index in range(len(targets)):
        model.at_most([q.cell("targets", index, "families")], [S("allocated")])
        add_percentages(model, q, "targets", "families", lambda i: Value(number=int(targets[i]["target"])))
    by_date = sorted(range(len(targets)), key=lambda i: targets[i]["target_by"])
    for earlier, later in zip(by_date, by_date[1:]):
        model.at_most([q.cell("targets", earlier, "families")], [q.cell("targets", later, "families")])

    # movement: out of a status at most last quarter's count, into a status at most this one's
    movement = q.tables.get("rag-movement") or []
    previous_rag = read_csv(os.path.join(previous_folder, "data", "rag.csv")) if previous_folder else None
    rag_rows = {row["measure"]: i for i, row in enumerate(q.tables.get("rag") or [])}
    for index, row in enumerate(movement):
        outs = [q.cell("rag-movement", index, c) for c in ("to_red", "to_amber", "to_green")]
        if previous_rag:
            before = next((r for r in previous_rag if r["measure"] == row["measure"]), None)
            if before and before[row["from"]] != SUPPRESSED:
                model.at_most(outs, [], int(before[row["from"]]))
    for measure, rag_index in rag_rows.items():
        for status in ("red", "amber", "green"):
            into = [q.cell("rag-movement", i, "to_" + status) for i, row in enumerate(movement) if row["measure"] == measure]
            if into:
                model.at_most(into, [q.cell("rag", rag_index, status)])

    add_rollout(model, q)
    add_outcomes(model, q)
    add_money(model, q, rates(settings))
    return model


def add_outcomes(model, q):
    """outcomes.csv is a funnel inside rag.csv's qualifiers; eligibility.csv splits families and claims."""
    rag_rows = {row["measure"]: i for i, row in enumerate(q.tables.get("rag") or [])}
    funnel = ("families", "applies", "recorded", "progress", "sustained")
    for index, row in enumerate(q.tables.get("outcomes") or []):
        if row["measure"] in rag_rows:
            model.equal([q.cell("outcomes", index, "families")], [q.cell("rag", rag_rows[row["measure"]], "qualifiers")])
        for wider, narrower in zip(funnel, funnel[1:]):
            model.at_most([q.cell("outcomes", index, narrower)], [q.cell("outcomes", index, wider)])
    eligibility = q.tables.get("eligibility")
    if eligibility is None:
        return
    cell = {row["status"]: q.cell("eligibility", i, "families") for i, row in enumerate(eligibility)}
    S = q.summary
    # Eligible with a claim and claimed this quarter but not eligible are different claims.
    model.at_most([cell.get("eligible_claimed"), cell.get("claimed_not_eligible")], [S("claims")])
    model.at_most(list(cell.values()), [S("families")])
    # Eligible with no claim made are families without a claim: besides every claimed family.
    model.at_most([cell.get("eligible_not_claimed"), S("claims")], [S("families")])


def add_rollout(model, q):
    """rollout.csv splits the families as wards do; rollout-agencies.csv crosses it with allocations.csv."""
    rollout = q.tables.get("rollout")
    if rollout is None:
        return
    S = q.summary
    statuses = ("allocated", "not_to_be_allocated", "yet_to_be_allocated")
    for index in range(len(rollout)):
        parts = [q.cell("rollout", index, c) for c in statuses]
        model.state([(1, v) for v in parts], 1, None)  # a group is listed because a family has it
        model.at_most([q.cell("rollout", index, "claimed")], parts)
    model.equal(q.column("rollout", "allocated"), [S("allocated")])
    model.equal(q.column("rollout", "claimed"), [S("claims")])
    model.equal(sum((q.column("rollout", c) for c in statuses), []), [S("families")])
    for column in statuses[1:]:
        model.equal(q.column("rollout", column), q.column("ward-allocations", column))
    cross = q.tables.get("rollout-agencies") or []
    agencies = [row["lead_agency"] for row in q.tables.get("allocations") or []]
    for index, group in enumerate(rollout):
        cells = [q.cell("rollout-agencies", i, "families") for i, row in enumerate(cross) if row["rollout_group"] == group["rollout_group"]]
        model.equal(cells, [q.cell("rollout", index, "allocated")])
    for index, agency in enumerate(agencies):
        cells = [q.cell("rollout-agencies", i, "families") for i, row in enumerate(cross) if row["lead_agency"] == agency]
        model.equal(cells, [q.cell("allocations", index, "families")])


def add_money(model, q, framework):
    """Every published amount is a published rate times a count."""
    finance = q.tables.get("finance")
    if framework is None or finance is None:
        return
    item = {row["item"]: q.cell("finance", i, "pounds") for i, row in enumerate(finance)}
    S = q.summary
    years, kinds = framework["years"], framework["kinds"]
    # Allocated families by the financial year of their allocation: hidden, >= 0, adding up.
    by_year = [Value(unknown=model.unknown(f"allocated from {y[0]}", cell=False)) for y in years]
    model.equal(by_year, [S("allocated")])
    p, d = framework["funded"]
    fees = [(p * y[1], v) for y, v in zip(years, by_year)]
    # attachment = floor(funded x fees): d x attachment <= p x fees <= d x attachment + d - 1
    model.state(fees + [(-d, item.get("attachment_fees"))], 0, d - 1)
    claims = q.tables.get("claims")
    if claims is not None:
        for index, claim in enumerate(claims):
            kind = claim["claim_type"]
            split = [Value(unknown=model.unknown(f"{kind} claims from {y[0]}", cell=False)) for y in years]
            model.equal(split, [q.cell("claims", index, "families")])
            model.state([(y[2][kind], v) for y, v in zip(years, split)] + [(-1, q.cell("claims", index, "pounds"))], 0, 0)
        model.equal(q.column("claims", "families"), [S("claims")])
        model.equal(q.column("claims", "pounds"), [item.get("results_payments")])
        if "turned_around" in q.summary_json:
            turned = [q.cell("claims", i, "families") for i, c in enumerate(claims) if c["claim_type"] in framework["turned"]]
            model.equal(turned, [S("turned_around")])
    else:
        model.state([(framework["single_rate"] if framework["single_rate"] is not None else years[-1][2][kinds[0]], S("claims")),
                     (-1, item.get("results_payments"))], 0, 0)
        if "turned_around" in q.summary_json:
            model.equal([S("claims")], [S("turned_around")])
    model.equal([item.get("attachment_fees"), item.get("results_payments")], [item.get("total")])
    # Still possible: the largest rate of each year, over allocated families with no claim.
    unclaimed = [Value(unknown=model.unknown(f"unclaimed from {y[0]}", cell=False)) for y in years]
    for v, total in zip(unclaimed, by_year):
        model.at_most([v], [total])
    model.at_most([S("allocated")], unclaimed + [S("claims")])
    model.state([(max(y[2].values()), v) for y, v in zip(years, unclaimed)] + [(-1, item.get("results_payments_possible"))], 0, 0)


def solve_range(model, target, integer):
    """The smallest and largest value of one unknown: an LP, or an integer programme."""
    n = len(model.names)
    A = lil_matrix((len(model.rows), n))
    low, high = [], []
    for r, (coefficients, lo, hi) in enumerate(model.rows):
        for k, v in coefficients.items():
            A[r, k] = v
        low.append(-np.inf if lo is None else lo)
        high.append(np.inf if hi is None else hi)
    constraints = [LinearConstraint(A.tocsr(), low, high)] if model.rows else []
    extremes = []
    for sign in (1, -1):
        c = np.zeros(n)
        c[target] = sign
        res = milp(c, constraints=constraints, integrality=np.ones(n) if integer else np.zeros(n), bounds=Bounds(0, np.inf))
        if res.status == 3:
            extremes.append(-math.inf if sign == 1 else math.inf)
        elif res.status != 0:
            raise RuntimeError(f"solver: {res.message} ({model.names[target]})")
        else:
            extremes.append(sign * res.fun)
    return extremes[0], extremes[1]


def pinned_cells(model):
    pinned = []
    for target, is_cell in enumerate(model.is_cell):
        if not is_cell:
            continue
        lo, hi = solve_range(model, target, integer=False)
        if hi - lo < 2 - 1e-6:
            lo, hi = solve_range(model, target, integer=True)
            if hi - lo < 0.5:
                pinned.append((model.names[target], round(lo)))
    return pinned


def quarters(site):
    names = sorted(n for n in os.listdir(site) if len(n) == 7 and n[4:6] == "-Q" and os.path.isdir(os.path.join(site, n)))
    return [os.path.join(site, n) for n in names]


def attack_site(site, settings):
    """Every pinned [c] of every quarter, as 'QUARTER: cell = value'."""
    found = []
    folders = quarters(site)
    for index, folder in enumerate(folders):
        previous = folders[index - 1] if index > 0 else None
        for name, value in pinned_cells(quarter_model(folder, previous, settings)):
            found.append(f"{os.path.basename(folder)}: {name} = {value}")
    return found


def main(argv):
    if len(argv) >= 2 and argv[0] == "--quarter":
        folder = argv[1]
        previous = None
        rest = argv[2:]
        if rest and rest[0] == "--previous":
            previous, rest = rest[1], rest[2:]
        settings = tomllib.load(open(rest[0], "rb"))
        found = [f"{n} = {v}" for n, v in pinned_cells(quarter_model(folder, previous, settings))]
    else:
        settings = tomllib.load(open(argv[1], "rb"))
        found = attack_site(argv[0], settings)
    for line in found:
        print("pinned", line)
    print(f"{len(found)} pinned")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
