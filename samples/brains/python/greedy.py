#!/usr/bin/env python3
"""The built-in greedy brain, written again as a FactoryTwin brain program (docs/brain-protocol.md).

Standard library only. Each robot for itself: charge when the battery is below its threshold, else take the
nearest open task that no idle robot it sees is nearer to (a task left to another is taken after all once it has
waited PATIENCE seconds, when the simulator announces it again), else get off a station's place. Run by the simulator, one process per fleet and replication:

    factorytwin run scenarios/warehouse.json --brain amr="python3 samples/brains/python/greedy.py"
"""
import json
import math
import sys

PROTOCOL = 1
PATIENCE = 30.0  # seconds a task waits for a nearer robot before a farther one takes it


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


def distance(a, b):
    """Straight-line metres, computed as the simulator computes them, so that ties fall the same way."""
    return math.sqrt((a["x"] - b["x"]) * (a["x"] - b["x"]) + (a["y"] - b["y"]) * (a["y"] - b["y"]))


def sees_nearer_idle_robot(seen, task):
    me = seen["self"]
    mine = distance(me["position"], task["pickup"])
    for other in seen["nearby"]:
        if other["idle"]:
            theirs = distance(other["position"], task["pickup"])
            if theirs < mine or (theirs == mine and other["id"] < me["id"]):
                return True
    return False


def decide(seen):
    charge = charge_if_low(seen)
    if charge is not None:
        return charge
    reachable = [t for t in seen["openTasks"] if t["distanceToPickupMeters"] is not None]
    for task in sorted(reachable, key=lambda t: (t["distanceToPickupMeters"], t["id"])):
        if task["waitingSeconds"] >= PATIENCE or not sees_nearer_idle_robot(seen, task):
            return {"decision": "carry", "task": task["id"]}
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
