/// How often a server checks clipped stories' addresses, and how many at a time.
public struct SourceCheckSchedule: Sendable, Equatable {
    /// How long an address is left alone after a check; `nil` turns the server's checks off.
    public var interval: Duration?
    /// The most addresses one run checks.
    public var limit: Int

    /// Daily checks, 100 addresses a run, by default.
    public init(interval: Duration? = .seconds(24 * 3600), limit: Int = 100) {
        self.interval = interval
        self.limit = limit
    }

    /// No checks.
    public static let off = SourceCheckSchedule(interval: nil)

    /// How often the server wakes to check what is due: hourly, or at the interval when it is shorter, so that a
    /// blog with more addresses than one run takes still checks each about once an interval.
    public var cadence: Duration? {
        interval.map { min($0, .seconds(3600)) }
    }
}
