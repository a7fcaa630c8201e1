using FactoryTwin.Cli;

namespace FactoryTwin.Scenarios.Tests.Validation;

/// <summary>
/// <c>factorytwin validate</c> on files with one deliberate defect each (in Malformed/, copied next to the test
/// assembly): the exit code, the first problem line exactly as printed, and never a stack trace.
/// </summary>
public sealed class MalformedScenarioTests
{
    private static readonly string MalformedFolder = Path.Combine(AppContext.BaseDirectory, "Malformed");

    /// <summary>File, exit code, and the start of the first line on stderr (the file name as given, then the problem).</summary>
    public static TheoryData<string, int, string> Cases => new()
    {
        // The file as a whole: syntax, encoding, and what the top-level value is.
        { "syntax-missing-comma.json", 1, "syntax-missing-comma.json: $: is not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']' (column 3) (line 4)" },
        { "syntax-line-comment.json", 1, "syntax-line-comment.json: $: is not valid JSON: comments (// or /* */) are not allowed in JSON (column 3) (line 5)" },
        { "syntax-block-comment.json", 1, "syntax-block-comment.json: $: is not valid JSON: comments (// or /* */) are not allowed in JSON (column 57) (line 7)" },
        { "syntax-single-quotes.json", 1, "syntax-single-quotes.json: $: is not valid JSON: ''' is an invalid start of a property name. Expected a '\"' (column 3) (line 3)" },
        { "trailing-garbage.json", 1, "trailing-garbage.json: $: is not valid JSON: '}' is invalid after a single JSON value. Expected end of data (column 1) (line 17)" },
        { "truncated.json", 1, "truncated.json: $: is not valid JSON: Expected end of string, but instead reached end of data (column 18) (line 11)" },
        { "json-nested-too-deep.json", 1, "json-nested-too-deep.json: $: is not valid JSON: The maximum configured depth of 64 has been exceeded." },
        { "empty.json", 1, "empty.json: $: is empty, or is not a regular file (a device, a pipe or a file of the system)" },
        { "whitespace-only.json", 1, "whitespace-only.json: $: the file is empty; a scenario is a JSON object { ... }" },
        { "binary-garbage.json", 1, "binary-garbage.json: $: is not valid UTF-8 text: byte 0x89 on line 1 is not part of a UTF-8 character; save the file as UTF-8" },
        { "root-array.json", 1, "root-array.json: $: must be a JSON object { ... } (got a list)" },
        { "root-number.json", 1, "root-number.json: $: must be a JSON object { ... } (got number)" },

        // Wrong types.
        { "type-string-for-number.json", 1, "type-string-for-number.json: $.run.durationSeconds: must be a number (got \"400000\") (line 4)" },
        { "type-number-for-string.json", 1, "type-number-for-string.json: $.name: must be a string (got 3) (line 3)" },
        { "type-object-for-list.json", 1, "type-object-for-list.json: $.demand: must be a list [...] (got an object) (line 13)" },
        { "type-list-for-object.json", 1, "type-list-for-object.json: $.run: must be an object {...} (got a list of 3) (line 4)" },
        { "type-fraction-for-whole.json", 1, "type-fraction-for-whole.json: $.stations[1].machines: must be a whole number (got 2.5) (line 7)" },
        { "type-number-for-bool.json", 1, "type-number-for-bool.json: $.layout.graph.edges[1].oneWay: must be true or false (got 1) (line 15)" },

        // Unknown and misspelled fields and names, at several depths.
        { "unknown-top-level-field.json", 1, "unknown-top-level-field.json: $.author: is not a known field; known fields: formatVersion, name, description, seed, run, layout, stations, products, demand, robots, operators, disruptions, traffic, transferTime (line 4)" },
        { "misspelled-top-level-field.json", 1, "misspelled-top-level-field.json: $.demands: is not a known field; did you mean 'demand'?; known fields: formatVersion, name," },
        { "misspelled-run-field.json", 1, "misspelled-run-field.json: $.run.warmUpSeconds: is not a known field; did you mean 'warmupSeconds'?; known fields: durationSeconds, warmupSeconds, replications (line 4)" },
        { "unknown-station-field.json", 1, "unknown-station-field.json: $.stations[1].colour: is not a known field; known fields: id, kind, location, machines, processTime, setupTime, failures, inputBufferCapacity, outputBufferCapacity, whenFull, balkProbability, batchSize, shifts, conveyor, needsOperator (line 7)" },
        { "misspelled-station-field.json", 1, "misspelled-station-field.json: $.stations[1].procesTime: is not a known field; did you mean 'processTime'?; known fields: id, kind," },
        { "misspelled-distribution-parameter.json", 1, "misspelled-distribution-parameter.json: $.stations[1].processTime.exponential.meanSecond: is not a known field; did you mean 'meanSeconds'?; known fields: meanSeconds (line 7)" },
        { "unknown-battery-field.json", 1, "unknown-battery-field.json: $.robots[0].battery.voltage: is not a known field; known fields: capacityWattHours, drainWattHoursPerMeter, idleWatts, chargeWatts, chargeThresholdPercent, initialPercent (line 31)" },
        { "misspelled-battery-field.json", 1, "misspelled-battery-field.json: $.robots[0].battery.chargeThresholdPercentage: is not a known field; did you mean 'chargeThresholdPercent'?;" },
        { "misspelled-station-kind.json", 1, "misspelled-station-kind.json: $.stations[2].kind: must be one of machine, source, sink, storage, charger, conveyor (got \"sinc\"); did you mean 'sink'? (line 8)" },
        { "retired-traffic-deadlock.json", 1, "retired-traffic-deadlock.json: $.traffic.deadlock: is no longer used: a cycle of stalled robots is broken" },
        { "retired-planner.json", 1, "retired-planner.json: $.traffic.planner: 'cooperative-astar' was replaced by 'pibt'" },
        { "dup-json-key.json", 1, "dup-json-key.json: $.name: appears twice (line 3)" },

        // Missing required fields and explicit nulls.
        { "missing-name.json", 1, "missing-name.json: $.name: is required (a string) (line 1)" },
        { "missing-run.json", 1, "missing-run.json: $.run: is required (an object {...}) (line 1)" },
        { "missing-duration.json", 1, "missing-duration.json: $.run.durationSeconds: is required (a number) (line 4)" },
        { "missing-station-kind.json", 1, "missing-station-kind.json: $.stations[2].kind: is required (one of machine, source, sink, storage, charger, conveyor) (line 8)" },
        { "missing-fleet-count.json", 1, "missing-fleet-count.json: $.robots[0].count: is required (a whole number) (line 30)" },
        { "null-optional-field.json", 1, "null-optional-field.json: $.run.replications: must not be null; leave the field out to use its default (line 4)" },

        // Ids that name nothing.
        { "dangling-routing-station.json", 1, "dangling-routing-station.json: $.products[0].routing[1].station: no station has the id 'countre'; did you mean 'counter'? (known: arrivals, counter, exit) (line 11)" },
        { "dangling-demand-product.json", 1, "dangling-demand-product.json: $.demand[0].product: no product has the id 'client' (known: customer) (line 14)" },
        { "dangling-edge-from.json", 1, "dangling-edge-from.json: $.layout.graph.edges[2].from: no node has the id 'cel'; did you mean 'cell'? (known: in, cell, out, park) (line 16)" },
        { "dangling-edge-to.json", 1, "dangling-edge-to.json: $.layout.graph.edges[2].to: no node has the id 'parking' (known: in, cell, out, park) (line 16)" },
        { "dangling-arm-station.json", 1, "dangling-arm-station.json: $.robots[1].station: no station has the id 'lathe' (known: in, drill, out) (line 31)" },
        { "dangling-brain.json", 1, "dangling-brain.json: $.robots[0].brain: is not a brain; use one of greedy, dispatcher, or {\"command\": [...]} for a program (got \"genius\") (line 30)" },
        { "brain-empty-command.json", 1, "brain-empty-command.json: $.robots[0].brain.command: needs at least the program to run (line 30)" },
        { "brain-wrong-shape.json", 1, "brain-wrong-shape.json: $.robots[0].brain: must be a brain's name such as \"greedy\" or a program such as {\"command\": [\"python3\", \"brain.py\"]} (got 42) (line 30)" },
        { "brain-unknown-field.json", 1, "brain-unknown-field.json: $.robots[0].brain.cmd: is not a known field" },

        // Ids used twice, and empty ids.
        { "dup-station.json", 1, "dup-station.json: $.stations[2].id: 'counter' is already the id of $.stations[1]; ids must be unique (line 8)" },
        { "dup-product.json", 1, "dup-product.json: $.products[1].id: 'customer' is already the id of $.products[0]; ids must be unique (line 12)" },
        { "dup-fleet.json", 1, "dup-fleet.json: $.robots[1].id: 'amr' is already the id of $.robots[0]; ids must be unique (line 31)" },
        { "empty-id.json", 1, "empty-id.json: $.products[0].id: must not be empty (line 11)" },

        // Numbers out of range.
        { "negative-seconds.json", 1, "negative-seconds.json: $.stations[1].processTime: must be at least 0 (got -60) (line 7)" },
        { "number-1e400.json", 1, "number-1e400.json: $.run.durationSeconds: is too large (got 1e400) (line 4)" },
        { "machines-million.json", 1, "machines-million.json: $.stations[1].machines: must be at most 10000 (got 1000000) (line 7)" },
        { "interarrival-too-long.json", 1, "interarrival-too-long.json: $.demand[0].interarrivalTime: must be at most 1000000000 seconds, about 31 years (got 2e9) (line 14)" },
        { "warmup-not-less-than-duration.json", 1, "warmup-not-less-than-duration.json: $.run.warmupSeconds: must be less than durationSeconds (400000), or nothing is measured (got 400000) (line 4)" },
        { "speed-zero.json", 1, "speed-zero.json: $.robots[0].speedMetersPerSecond: must be greater than 0 (got 0) (line 30)" },
        { "replications-zero.json", 1, "replications-zero.json: $.run.replications: must be at least 1 (got 0) (line 4)" },

        // Distributions.
        { "triangular-min-above-max.json", 1, "triangular-min-above-max.json: $.stations[1].processTime.triangular.mode: must be at least min (90) (got 60) (line 7)" },
        { "distribution-unknown-kind.json", 1, "distribution-unknown-kind.json: $.stations[1].processTime.poisson: is not a distribution; write a fixed time as a plain number of seconds, or use one of exponential, uniform, triangular, normal, lognormal, erlang, gamma, weibull, empirical, mixture (line 7)" },
        { "distribution-two-kinds.json", 1, "distribution-two-kinds.json: $.stations[1].processTime: must be a number of seconds or one distribution such as {\"exponential\": {\"meanSeconds\": 60}} (got an object) (line 7)" },
        { "empirical-empty.json", 1, "empirical-empty.json: $.stations[1].processTime.empirical: needs at least one observed value (line 7)" },
        { "erlang-fractional-phases.json", 1, "erlang-fractional-phases.json: $.stations[1].processTime.erlang.phases: must be a whole number from 1 to 1000 (got 2.5) (line 7)" },

        // Routings and demand.
        { "routing-no-sink.json", 1, "routing-no-sink.json: $.products[0].routing[1].station: the routing never reaches a sink: its last step must be at one ('counter' is a machine) (line 11)" },
        { "routing-no-source.json", 1, "routing-no-source.json: $.products[0].routing[0].station: the first step must be at a source, where jobs enter ('counter' is a machine) (line 11)" },
        { "routing-one-step.json", 1, "routing-one-step.json: $.products[0].routing: needs at least two steps, from a source to a sink (got 1) (line 11)" },
        { "routing-station-and-group.json", 1, "routing-station-and-group.json: $.products[0].routing[1]: must give either station or stations, not both (line 11)" },
        { "group-lists-station-twice.json", 1, "group-lists-station-twice.json: $.products[0].routing[1].stations[1]: 'counter' is listed twice (line 11)" },
        { "demand-two-release-kinds.json", 1, "demand-two-release-kinds.json: $.demand[0]: must give exactly one of interarrivalTime, scheduleSeconds or conwip (got 2) (line 14)" },
        { "demand-twice.json", 1, "demand-twice.json: $.demand[1].product: 'customer' already has its demand at $.demand[0] (line 15)" },
        { "schedule-out-of-order.json", 1, "schedule-out-of-order.json: $.demand[0].scheduleSeconds[2]: must not be earlier than the time before it (60) (got 30) (line 14)" },

        // The layout, and where stations stand.
        { "format-version-2.json", 1, "format-version-2.json: $.formatVersion: must be 1, the only version this FactoryTwin reads (got 2) (line 2)" },
        { "layout-graph-and-grid.json", 1, "layout-graph-and-grid.json: $.layout: must give either graph or grid, not both (line 5)" },
        { "layout-empty.json", 1, "layout-empty.json: $.layout: must give graph (nodes and edges) or grid (mapFile or rows) (line 5)" },
        { "edge-to-itself.json", 1, "edge-to-itself.json: $.layout.graph.edges[2].to: must differ from 'from': a lane cannot lead from 'park' to itself (line 16)" },
        { "edge-zero-length.json", 1, "edge-zero-length.json: $.layout.graph.edges[2]: joins 'cell' and 'park', which stand 0 m apart; a lane is at least 1 mm long: give lengthMeters (line 16)" },
        { "missing-map-file.json", 1, "missing-map-file.json: $.layout.grid.mapFile: the map file 'no-such.map' does not exist (looked for " },
        { "malformed-map-file.json", 1, "malformed-map-file.json: $.layout.grid.mapFile: the map file 'broken.map' has 'width four' on its line 3, where 'width N' belongs, N from 1 to 100000 (line 5)" },
        { "grid-mapfile-and-rows.json", 1, "grid-mapfile-and-rows.json: $.layout.grid: must give either mapFile or rows, not both (line 5)" },
        { "grid-no-rows.json", 1, "grid-no-rows.json: $.layout.grid.rows: needs at least one row of at least one cell (line 5)" },
        { "location-without-layout.json", 1, "location-without-layout.json: $.stations[0].location: needs a layout; without one, leave the location out (line 6)" },
        { "station-without-location.json", 1, "station-without-location.json: $.stations[1].location: is required when the scenario has a layout (a node id or a cell [x, y]) (line 22)" },
        { "unreachable-station.json", 1, "unreachable-station.json: $.stations[2].location: 'out' at out cannot be reached from park, where robot amr-1 starts; check one-way lanes and walls (line 22)" },
        { "charger-unreachable.json", 1, "charger-unreachable.json: $.stations[3].location: 'charge' at lonely cannot be reached from park, where robot amr-1 starts; check one-way lanes and walls (line 25)" },
        { "charger-over-capacity.json", 1, "charger-over-capacity.json: $.stations[3].machines: a charger's points are at its place, which holds 1 robot(s) at once; make one charger per place (got 2) (line 24)" },
        { "balk-at-storage.json", 1, "balk-at-storage.json: $.stations[1].balkProbability: balking is for machine stations (got a storage) (line 7)" },
        { "crew-unknown.json", 1, "crew-unknown.json: $.stations[1].needsOperator.crew: no crew has the id 'fiters'; did you mean 'fitters'? (known: fitters) (line 8)" },
        { "operator-at-sink.json", 1, "operator-at-sink.json: $.stations[2].needsOperator: operators work at machine stations (got a sink) (line 9)" },
        { "batch-larger-than-buffer.json", 1, "batch-larger-than-buffer.json: $.stations[1].inputBufferCapacity: must hold a whole batch of 4, or the batch would never be full (got 3) (line 7)" },
        { "move-batch-at-sink.json", 1, "move-batch-at-sink.json: $.products[0].routing[2].moveBatch: jobs leave the factory at the sink; a move batch is for a step that jobs move on from (line 11)" },
        { "conwip-batch-never-full.json", 1, "conwip-batch-never-full.json: $.stations[1].batchSize: only CONWIP lines with 4 job(s) in all reach it, so a batch of 5 would never be full (line 7)" },
        { "conveyor-without-belt.json", 1, "conveyor-without-belt.json: $.stations[1].conveyor: is required for a conveyor: {\"lengthMeters\": ..., \"speedMetersPerSecond\": ..., \"capacity\": ...} (line 7)" },
        { "conveyor-with-process-time.json", 1, "conveyor-with-process-time.json: $.stations[1].processTime: is not for a conveyor: its belt sets its times and holds one job at its end; leave it out (line 7)" },
        { "move-batch-at-group.json", 1, "move-batch-at-group.json: $.products[0].routing[1].moveBatch: a move batch gathers the jobs of one station: give the step one station (got a group of 2) (line 11)" },
        { "conwip-batches-in-series.json", 1, "conwip-batches-in-series.json: $.products[0].routing[1].moveBatch: the product's CONWIP keeps 3 job(s) in the factory, and its batches could hold 3 of them waiting, none full: keep at least 4, or give every batch one size that divides 3 (line 11)" },
        { "move-batches-share-output.json", 1, "move-batches-share-output.json: $.products[0].routing[1].moveBatch: 'm' has room for 2 finished job(s), too few for 2 move batches that may each hold all but one of their jobs (2 in all): the batches could fill it before any is full; give it outputBufferCapacity 3 or more (line 10)" },
        { "maintenance-at-sink.json", 1, "maintenance-at-sink.json: $.disruptions[0].station: maintenance is for machine stations and chargers ('exit' is a sink) (line 16)" },
        { "surge-without-rate.json", 1, "surge-without-rate.json: $.disruptions[0].rateMultiplier: is required for a surge: how many times as often arrivals come (2 doubles them, 0.5 halves them) (line 16)" },
        { "maintenance-overlaps.json", 1, "maintenance-overlaps.json: $.disruptions[1].fromSeconds: overlaps $.disruptions[0] (from 1000 to 1600 s); give one window for the two (got 1500) (line 17)" },
        { "surge-too-fast.json", 1, "surge-too-fast.json: $.disruptions[0].rateMultiplier: makes arrivals 1000 times as frequent, a mean gap of 0.0005 s; at least 0.001 s is simulated (line 16)" },
        { "closure-without-layout.json", 1, "closure-without-layout.json: $.disruptions[0].kind: a closure closes a node or a lane of the layout, and the scenario has no layout (line 16)" },
        { "closure-random-half-given.json", 1, "closure-random-half-given.json: $.disruptions[0].closedTime: is required with timeBetween: how long each closure lasts (line 32)" },
        { "surge-random-window.json", 1, "surge-random-window.json: $.disruptions[0].timeBetween: is for random closures; a surge has a fixed window (fromSeconds and durationSeconds) (line 32)" },
        { "maintenance-without-window.json", 1, "maintenance-without-window.json: $.disruptions[0].fromSeconds: is required: when it starts, in seconds from the start of the run (line 32)" },
        { "closure-lane-not-joined.json", 1, "closure-lane-not-joined.json: $.disruptions[0].lane: no lane joins in and out (got [in, out]) (line 32)" },
        { "surge-after-run.json", 1, "surge-after-run.json: $.disruptions[0].fromSeconds: starts after the run ends at 400000 s, so it would change nothing (got 500000) (line 16)" },
        { "shifts-overlap.json", 1, "shifts-overlap.json: $.stations[1].shifts[1].fromHour: overlaps $.stations[1].shifts[0] in the day (got 5 to 7) (line 7)" },
        { "shift-all-machines.json", 1, "shift-all-machines.json: $.stations[1].shifts[0].machines: must be fewer than the station's 3 machine(s), or the shift changes nothing (got 3) (line 7)" },
        { "scrap-at-source.json", 1, "scrap-at-source.json: $.products[0].routing[0].scrapProbability: only a step between the source and the sink can scrap jobs (line 11)" },

        // Robots: where they start, what they need.
        { "start-on-blocked-cell.json", 1, "start-on-blocked-cell.json: $.robots[0].start[1]: the cell [1, 1] is blocked (line 16)" },
        { "start-outside-grid.json", 1, "start-outside-grid.json: $.robots[0].start[1]: the cell [4, 2] is outside the 4 × 3 grid (x from 0 to 3, y from 0 to 2) (line 16)" },
        { "start-same-cell.json", 1, "start-same-cell.json: $.robots[0].start[1]: robot amr-2 would start where amr-1 already starts ([0, 2]), which holds 1 robot(s) (line 16)" },
        { "start-count-mismatch.json", 1, "start-count-mismatch.json: $.robots[0].start: must list one location per robot: 3 (got 2) (line 16)" },
        { "start-and-startnear.json", 1, "start-and-startnear.json: $.robots[0]: must give either start or startNear, not both (line 16)" },
        { "startnear-too-many.json", 1, "startnear-too-many.json: $.robots[0].count: only 10 places can be reached from startNear [0, 2], too few for 20 robots (line 16)" },
        { "robots-without-layout.json", 1, "robots-without-layout.json: $.robots[0]: mobile robots need a layout to drive on; add one, or remove the fleet (line 13)" },
        { "amr-without-speed.json", 1, "amr-without-speed.json: $.robots[0].speedMetersPerSecond: is required for mobile robots (line 30)" },
        { "arm-with-speed.json", 1, "arm-with-speed.json: $.robots[1].speedMetersPerSecond: applies only to mobile robots; an arm stays at its station (line 31)" },
        { "arm-without-station.json", 1, "arm-without-station.json: $.robots[1].station: is required for arms: the station they serve (line 31)" },
        { "battery-without-charger.json", 1, "battery-without-charger.json: $.robots[0].battery: robots with a battery need a station of kind charger (line 31)" },
        { "battery-starts-below-threshold.json", 1, "battery-starts-below-threshold.json: $.robots[0].battery.initialPercent: must be above chargeThresholdPercent (30), or the robots start by charging (got 25) (line 32)" },
        { "transfer-time-with-robots.json", 1, "transfer-time-with-robots.json: $.transferTime: applies only without mobile robots; with them, the robots carry the jobs (line 5)" },
        { "several-problems.json", 1, "several-problems.json: $.name: must be a string (got 7) (line 3)" },

        // Defects found when these files were written, now fixed: crashes, bad files accepted, unclear messages.
        { "dup-node.json", 1, "dup-node.json: $.layout.graph.nodes[4].id: 'park' is already the id of $.layout.graph.nodes[3]; ids must be unique (line 12)" },
        { "distribution-parameter-twice.json", 1, "distribution-parameter-twice.json: $.stations[1].processTime.uniform.min: appears twice (line 7)" },
        { "lognormal-tiny-mean.json", 1, "lognormal-tiny-mean.json: $.stations[1].processTime.lognormal.stdDevSeconds: must be at most a million times meanSeconds (got 1) (line 7)" },
        { "duration-1e12.json", 1, "duration-1e12.json: $.run.durationSeconds: must be at most 1000000000 (got 1e12) (line 4)" },
        { "node-capacity-exceeded.json", 1, "node-capacity-exceeded.json: $.robots[0].start[2]: robot amr-3 would start where amr-1 and amr-2 already start (park), which holds 2 robot(s) (line 30)" },
        { "one-way-no-way-back.json", 1, "one-way-no-way-back.json: $.stations[0].location: 'in' at in cannot be reached from 'drill'; check one-way lanes and walls (line 20)" },
        { "interarrival-zero.json", 1, "interarrival-zero.json: $.demand[0].interarrivalTime: must have a mean of at least 0.001 s (a thousand jobs a second), or jobs would be released all but endlessly at one instant (got a mean of 0 s) (line 14)" },
        { "fleet-shift-all-robots.json", 1, "fleet-shift-all-robots.json: $.robots[0].shifts[0].robots: must be fewer than the fleet's 1 robot(s), or the shift changes nothing (got 1) (line 31)" },
        { "robot-failures-zero.json", 1, "robot-failures-zero.json: $.robots[0].failures.timeBetweenFailures: must have a mean above 0, or the robots would fail endlessly at one instant (line 31)" },
        { "robot-failures-on-arm.json", 1, "robot-failures-on-arm.json: $.robots[1].failures: applies only to mobile robots; arms do not break down (line 31)" },
        { "failures-zero.json", 1, "failures-zero.json: $.stations[1].failures.timeBetweenFailures: must have a mean above 0, or the machine would fail endlessly at one instant (line 7)" },
        { "not-utf8.json", 1, "not-utf8.json: $: is not valid UTF-8 text: byte 0xE9 on line 3 is not part of a UTF-8 character; save the file as UTF-8" },
        { "null-required-field.json", 1, "null-required-field.json: $.name: is required and must not be null (a string) (line 3)" },
        { "null-list-element.json", 1, "null-list-element.json: $.stations[2]: must not be null (an entry of the list must be an object {...}) (line 8)" },
        { "grid-rows-unequal.json", 1, "grid-rows-unequal.json: $.layout.grid.rows[1]: has 3 cells, not 4 (line 5)" },
        { "grid-unknown-cell.json", 1, "grid-unknown-cell.json: $.layout.grid.rows[1]: has '#' at column 2; cells are '.' or 'G' (free) or '@', 'O', 'T', 'W', 'S' (blocked) (line 5)" },
        { "syntax-trailing-comma.json", 1, "syntax-trailing-comma.json: $: is not valid JSON: a comma before a closing } or ] is not allowed in JSON (column 3) (line 9)" },
        { "location-node-in-grid.json", 1, "location-node-in-grid.json: $.stations[1].location: the layout is a grid, so a location is a cell [x, y] (got \"drill\") (line 8)" },
        { "location-cell-in-graph.json", 1, "location-cell-in-graph.json: $.stations[1].location: the layout is a graph, so a location is a node id (got the cell [5, 0]) (line 22)" },
        { "machines-exponent-notation.json", 1, "machines-exponent-notation.json: $.stations[1].machines: must be written as a whole number, without a decimal point or exponent (got 1e6) (line 7)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_malformed_scenario_is_rejected_with_its_first_problem_and_no_stack_trace(string file, int exitCode, string firstLineStart)
    {
        var path = Path.Combine(MalformedFolder, file);

        var result = Validate(path);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.NotEmpty(result.ErrorLines);
        Assert.StartsWith(MalformedFolder + Path.DirectorySeparatorChar + firstLineStart, result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("", result.Output);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void A_mistyped_option_is_a_usage_error_not_a_file_name()
    {
        var path = Path.Combine(MalformedFolder, "empty.json");

        var result = Validate("--bogus", path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("factorytwin: Unrecognized option '--bogus'.", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_several_independent_problems_lists_each_on_its_own_line_in_file_order()
    {
        var path = Path.Combine(MalformedFolder, "several-problems.json");

        var result = Validate(path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.True(result.ErrorLines.Count >= 3, $"expected at least 3 problem lines, got:\n{result.Errors}");
        Assert.All(result.ErrorLines, line => Assert.StartsWith($"{path}: $", line, StringComparison.Ordinal));
        Assert.Equal(
            ["$.name", "$.run.replications", "$.stations[1].operators", "$.stations[2].kind"],
            result.ErrorLines.Select(line => line[(path.Length + 2)..line.IndexOf(": ", path.Length + 2, StringComparison.Ordinal)]));
        Assert.Equal("", result.Output);
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Every_example_scenario_in_the_repository_validates_and_prints_ok()
    {
        var files = Directory.GetFiles(RepositoryPaths.Scenarios, "*.json")
            .Where(f => Path.GetFileName(f) != "scenario.schema.json")
            .Order(StringComparer.Ordinal)
            .ToArray();

        var result = Validate(files);

        Assert.NotEmpty(files);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(files.Select(f => $"{f}: ok"), result.OutputLines);
        Assert.Equal("", result.Errors);
    }

    private static ValidateResult Validate(params string[] files)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = CommandLine.Run(["validate", .. files], output, errors);
        return new ValidateResult(exitCode, output.ToString(), errors.ToString());
    }

    private static void AssertNoStackTrace(ValidateResult result)
    {
        foreach (var text in new[] { result.Output, result.Errors })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    private sealed record ValidateResult(int ExitCode, string Output, string Errors)
    {
        public IReadOnlyList<string> OutputLines => Lines(Output);

        public IReadOnlyList<string> ErrorLines => Lines(Errors);

        private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
