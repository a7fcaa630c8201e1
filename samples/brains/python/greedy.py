#!/usr/bin/env python3
"""The built-in greedy brain, written again as a FactoryTwin brain program (docs/brain-protocol.md).

Standard library only. Each robot for itself: charge when the battery is below its threshold, else take the
nearest open task, else get off a station's place. Run by the simulator, one process per fleet and replication:

    factorytwin run scenarios/warehouse.json --brain amr="python3 samples/brains/python/greedy.py"
"""
import json
import sys

PROTOCOL = 1


def charge_if_low(seen):
    """The charger to go to when the battery is low: a free one nearest, else the one with the shortest queue."""
    me = seen["self"]
    if me["batteryPercent"] >= me["chargeThresholdPercent"] or not seen["chargers"]:
        return None
    reachable = [c for c in seen["chargers"] if c["distanceMeters"] is not None]
    if not reachable:
        return None
    best = min(reachable, key=lambda c: (0, c["distanceMeters"], c["id"]) if c["freePoints"] > 0 else (1, c["waiting"], c["id"]))
    return {"decision": "charge", "charger": best["id"]}


def out_of_the_way(seen):
    """Idle on a station's place: park at the nearest free place, so deliveries can come in; elsewhere wait."""
    me = seen["self"]
    if me["onStation"] and me["node"] != me["parkingSpot"]:
        return {"decision": "park", "node": me["parkingSpot"]}
    return {"decision": "wait"}


def decide(seen):
    charge = charge_if_low(seen)
    if charge is not None:
        return charge
    reachable = [t for t in seen["openTasks"] if t["distanceToPickupMeters"] is not None]
    if reachable:
        nearest = min(reachable, key=lambda t: (t["distanceToPickupMeters"], t["id"]))
        return {"decision": "carry", "task": nearest["id"]}
    return out_of_the_way(seen)


def main():
    for line in iter(sys.stdin.readline, ""):
        message = json.loads(line)
        kind = message["type"]
        if kind == "hello":
            answer = {"type": "hello", "protocol": PROTOCOL, "fleetView": False}
        elif kind == "observe":
            answer = decide(message)
        elif kind == "bye":
            return
        else:
            continue  # a message this brain does not know: newer simulators may send more
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
