#!/usr/bin/env python3
"""The attacker must catch what it is there to catch: the data files famdash published for
the sample's 2012-Q3 before the solver audit (secondary suppression by linear equalities
only), kept in fixtures/linear-only-2012-Q3. A reader with a solver pins exactly thirteen of
their [c] cells, as the disclosure issue found by hand: the not-to-be-allocated total is
75 - 27 - 48 = 0, so every hidden not-to-be-allocated count is 0, and the rest follows.

Usage: control.py     exit 1 unless exactly those cells are pinned, to those values
"""
import os
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import attacker  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures", "linear-only-2012-Q3")
EXPECTED = {
    ("ward-allocations.csv row 1 not_to_be_allocated", 0),   # Abbeyfield
    ("ward-allocations.csv row 3 allocated", 1),             # Beechworth
    ("ward-allocations.csv row 3 not_to_be_allocated", 0),
    ("ward-allocations.csv row 4 allocated", 2),             # Brookton
    ("ward-allocations.csv row 4 not_to_be_allocated", 0),
    ("ward-allocations.csv row 13 not_to_be_allocated", 0),  # Glencroft
    ("ward-allocations.csv row 13 yet_to_be_allocated", 4),
    ("levels.csv row 1 allocated", 4),                       # high
    ("levels.csv row 1 families", 4),
    ("levels.csv row 3 not_to_be_allocated", 0),             # low
    ("levels.csv row 3 families", 7),
    ("levels.csv row 4 allocated", 4),                       # not recorded
    ("levels.csv row 4 not_to_be_allocated", 0),
}


def main():
    settings = tomllib.load(open(os.path.join(FIXTURE, "programme.toml"), "rb"))
    found = set(attacker.pinned_cells(attacker.quarter_model(FIXTURE, None, settings)))
    if found == EXPECTED:
        print("ok   the attacker pins the 13 cells the equalities-only pattern leaked")
        return 0
    print("FAIL the attacker did not find the known leak of the equalities-only pattern")
    for cell in sorted(EXPECTED - found):
        print(f"     missed {cell}")
    for cell in sorted(found - EXPECTED):
        print(f"     unexpected {cell}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
