import ArgumentParser

/// `serve`'s options for operators: the metrics listener and how long a stop may take. Each is a flag, else its
/// environment variable, else the default.
struct ServeOperationsOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The address of the metrics listener (default $NEWSDESK_METRICS_HOST, else 127.0.0.1).",
            valueName: "host"))
    var metricsHost: String?

    @Option(
        help: ArgumentHelp(
            "Serve Prometheus metrics at /metrics on this port, apart from the blog's (default $NEWSDESK_METRICS_PORT).",
            discussion: "Without it, no metrics listener runs. The blog's own port never shows the metrics.",
            valueName: "port"))
    var metricsPort: Int?

    @Option(
        help: ArgumentHelp(
            "Seconds a stop (SIGTERM, Ctrl-C) waits for requests in flight (default $NEWSDESK_DRAIN_TIME, else 10).",
            discussion: "The server stops accepting at once, answers what it has, then exits 0.",
            valueName: "seconds"))
    var drainTime: Double?

    @Option(
        help: ArgumentHelp(
            "How much lower than cache hits everything else runs: Linux nice, 0 to 19 (default $NEWSDESK_WORKER_NICE, else 0).",
            discussion:
                "Cached pages are answered on the event loops; rendering, comments, the admin and SQLite run on worker threads at this lower priority, so they cannot slow cached reads when the CPU is full. 0, the default, runs them at the same priority; 19 keeps readers of cached pages at about 0.8 of their rate under a flood of comments, while comments on a page being read wait longer (p99 over 200 ms in bench/comments).",
            valueName: "n"))
    var workerNice: Int?

    private var environment: EnvironmentSettings { EnvironmentSettings() }

    func validate() throws {
        _ = try metricsAddress()
        _ = try drainDuration()
        _ = try workerNiceness()
    }

    /// The worker threads' nice value.
    func workerNiceness() throws -> Int {
        if let workerNice, !(0...19).contains(workerNice) {
            throw ValidationError("--worker-nice must be a whole number from 0 to 19.")
        }
        return try workerNice ?? environment.number("NEWSDESK_WORKER_NICE", in: 0...19) ?? 0
    }

    /// Where the metrics listener listens, or nil when it is off.
    func metricsAddress() throws -> (host: String, port: Int)? {
        if let metricsPort, !(1...65_535).contains(metricsPort) {
            throw ValidationError("--metrics-port must be between 1 and 65535.")
        }
        guard let port = try metricsPort ?? environment.number("NEWSDESK_METRICS_PORT", in: 1...65_535) else {
            return nil
        }
        return (metricsHost ?? environment.text("NEWSDESK_METRICS_HOST") ?? "127.0.0.1", port)
    }

    /// The longest a stop waits for requests in flight.
    func drainDuration() throws -> Duration {
        guard let value = try drainTime ?? environment.seconds("NEWSDESK_DRAIN_TIME") else { return .seconds(10) }
        guard value.isFinite, value >= 0, value <= 3_600 else {
            throw ValidationError("--drain-time must be a number of seconds from 0 to 3600.")
        }
        return .milliseconds(Int64((value * 1000).rounded(.up)))
    }
}
