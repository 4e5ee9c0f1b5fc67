#!/usr/bin/env python3
"""Writes synthetic but valid Netready reports for bench/fleet-bench, and checks a fleet summary against them.

  fleet-reports.py COUNT DIR EXPECTED.json TEMPLATE.json...   write COUNT reports and the expected counts
  fleet-reports.py --check EXPECTED.json FLEET.json           print whether the summary's counts match
"""
import copy
import json
import os
import random
import sys

SITES = ["Berlin", "Paris", "Madrid", "Oslo", "Vienna"]
SYSTEMS = ["Windows 11 Enterprise 23H2", "Windows Server 2022", "Debian GNU/Linux 12 (bookworm)"]
CORRUPT = [b"", b"{\"schemaVersion\": 1, \"tool\": ", b"\x00\x01\x02", b"{\"name\": \"not-netready\"}"]


def summarize(report):
    counts = {"pass": 0, "warn": 0, "fail": 0, "skipped": 0}
    for check in report["checks"]:
        counts[check["status"]] += 1
    summary = report["summary"]
    summary.update(total=len(report["checks"]), passed=counts["pass"], warnings=counts["warn"],
                   failed=counts["fail"], skipped=counts["skipped"], ready=counts["fail"] == 0)
    summary["verdict"] = "not-ready" if counts["fail"] else "ready-with-warnings" if counts["warn"] or counts["skipped"] else "ready"
    summary["verdictText"] = {"ready": "READY", "ready-with-warnings": "READY WITH WARNINGS", "not-ready": "NOT READY"}[summary["verdict"]]


def write(count, folder, expected_path, templates):
    rng = random.Random(18)
    os.makedirs(folder, exist_ok=True)
    expected = {"machines": 0, "ready": 0, "failed": {}}
    for n in range(count):
        report = copy.deepcopy(templates[n % len(templates)])
        report["environment"]["hostname"] = "pc-%05d" % n
        report["environment"]["os"] = SYSTEMS[n % len(SYSTEMS)]
        report["labels"] = {"site": SITES[rng.randrange(len(SITES))]}
        for check in report["checks"]:
            if check["status"] == "pass" and rng.random() < 0.02:
                check.update(status="fail", diagnosis="tcp-refused", diagnosisTitle="Connection refused")
            if check["status"] == "fail":
                key = check["probe"] + ":" + str(check["port"])
                expected["failed"][key] = expected["failed"].get(key, 0) + 1
        summarize(report)
        expected["machines"] += 1
        expected["ready"] += 1 if report["summary"]["failed"] == 0 else 0
        sub = os.path.join(folder, SITES[n % len(SITES)].lower())
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, "pc-%05d.json" % n), "w") as out:
            json.dump(report, out, indent=1)
    for i, data in enumerate(CORRUPT):
        with open(os.path.join(folder, "corrupt-%d.json" % i), "wb") as out:
            out.write(data)
    expected["unreadable"] = len(CORRUPT)
    with open(expected_path, "w") as out:
        json.dump(expected, out)


def check(expected_path, fleet_path):
    expected = json.load(open(expected_path))
    fleet = json.load(open(fleet_path))
    group = fleet["groups"][0]
    failed = {e["endpoint"]: e["failed"] for e in group["endpoints"] if e["failed"]}
    ok = (len(fleet["groups"]) == 1 and group["machines"] == expected["machines"]
          and group["ready"] == expected["ready"] and failed == expected["failed"]
          and len(fleet["unreadable"]) == expected["unreadable"])
    print("match the direct computation" if ok else "DIFFER from the direct computation")
    return 0 if ok else 1


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        sys.exit(check(sys.argv[2], sys.argv[3]))
    write(int(sys.argv[1]), sys.argv[2], sys.argv[3], [json.load(open(path)) for path in sys.argv[4:]])
