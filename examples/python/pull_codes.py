#!/usr/bin/env python3
"""Pull every code with a given global period from ClaimGraph into a pandas DataFrame.

Pages through the `codes` connection with cursors (`first` / `after`) until `hasNextPage` is false,
one GraphQL request per page, and prints the frame.

    pip install -r examples/python/requirements.txt
    python3 examples/python/pull_codes.py --url http://localhost:4000/graphql --global-period 090
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd
import requests

QUERY = """
query PullCodes($globalPeriod: String!, $first: Int!, $after: String) {
  codes(globalPeriod: $globalPeriod, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        code
        shortDescriptor
        status { code }
        feeSchedule { releaseVersion workRvu totalRvu facilityTotal nationalFacility { amount cents } }
      }
    }
  }
}
"""


def fetch_page(session: requests.Session, url: str, variables: dict) -> dict:
    response = session.post(url, json={"query": QUERY, "variables": variables}, timeout=30)
    body = response.json()
    if body.get("errors"):
        messages = "; ".join(e.get("message", "?") for e in body["errors"])
        raise RuntimeError(f"GraphQL errors: {messages}")
    response.raise_for_status()
    return body["data"]["codes"]


def pull_codes(url: str, global_period: str, page_size: int = 100) -> tuple[pd.DataFrame, int]:
    """Every code with `global_period`, one row per code; returns the frame and the number of pages read."""
    rows: list[dict] = []
    after = None
    pages = 0
    with requests.Session() as session:
        session.headers["accept"] = "application/graphql-response+json"
        while True:
            page = fetch_page(session, url, {"globalPeriod": global_period, "first": page_size, "after": after})
            pages += 1
            for edge in page["edges"]:
                node = edge["node"]
                fee = node.get("feeSchedule") or {}
                facility = fee.get("nationalFacility") or {}
                rows.append(
                    {
                        "code": node["code"],
                        "descriptor": node.get("shortDescriptor"),
                        "status": (node.get("status") or {}).get("code"),
                        "release": fee.get("releaseVersion"),
                        # Decimals arrive as exact strings; convert deliberately.
                        "work_rvu": pd.to_numeric(fee.get("workRvu")),
                        "facility_total_rvu": pd.to_numeric(fee.get("facilityTotal")),
                        "national_facility_cents": facility.get("cents"),
                    }
                )
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
    frame = pd.DataFrame(rows, columns=[
        "code", "descriptor", "status", "release", "work_rvu", "facility_total_rvu", "national_facility_cents",
    ])
    frame["national_facility_cents"] = frame["national_facility_cents"].astype("Int64")
    return frame, pages


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:4000/graphql", help="the GraphQL endpoint")
    parser.add_argument("--global-period", default="090", help='a GLOB DAYS indicator, e.g. "090"')
    parser.add_argument("--page-size", type=int, default=100, help="codes per request (the `first` argument)")
    parser.add_argument("--csv", help="also write the frame to this CSV file")
    args = parser.parse_args(argv)

    frame, pages = pull_codes(args.url, args.global_period, args.page_size)
    with pd.option_context("display.max_rows", 50, "display.width", 160):
        print(frame.to_string(index=False))
    if args.csv:
        frame.to_csv(args.csv, index=False)
    print(f"rows={len(frame)} pages={pages} codes={','.join(frame['code'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
