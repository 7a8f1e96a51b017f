import ArgumentParser
import Foundation
import NewsdeskWeb

/// `serve`'s options for the source checker: how often each clipped story's address is checked, and how many
/// addresses one run takes. Each is a flag, else its environment variable, else the default.
struct ServeSourceCheckOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "How often each clipped story's address is checked: 24h, 7d, 30m, 90s, or off (default $NEWSDESK_SOURCE_CHECK_INTERVAL, else 24h).",
            discussion: "The server wakes hourly (or at the interval, when shorter) and checks what is due.",
            valueName: "interval"))
    var sourceCheckInterval: String?

    @Option(
        help: ArgumentHelp(
            "The most addresses one run checks, 1 to 10000 (default $NEWSDESK_SOURCE_CHECK_LIMIT, else 100).",
            valueName: "count"))
    var sourceCheckLimit: Int?

    private var environment: EnvironmentSettings { EnvironmentSettings() }

    func validate() throws {
        _ = try schedule()
    }

    /// The schedule these options give.
    func schedule() throws -> SourceCheckSchedule {
        let defaults = SourceCheckSchedule()
        if let sourceCheckLimit, !(1...10_000).contains(sourceCheckLimit) {
            throw ValidationError("--source-check-limit must be between 1 and 10000.")
        }
        let limit = try sourceCheckLimit ?? environment.number("NEWSDESK_SOURCE_CHECK_LIMIT", in: 1...10_000)
        let text = sourceCheckInterval ?? environment.text("NEWSDESK_SOURCE_CHECK_INTERVAL")
        guard let text else { return SourceCheckSchedule(interval: defaults.interval, limit: limit ?? defaults.limit) }
        guard let interval = CheckInterval(text) else {
            throw ValidationError(
                "--source-check-interval must be a number with s, m, h or d (such as 24h or 7d) from 1s to 365d, or off; \"\(text)\" is neither."
            )
        }
        return SourceCheckSchedule(interval: interval.duration, limit: limit ?? defaults.limit)
    }
}

/// An interval written as `90s`, `30m`, `24h`, `7d`, or `off`.
struct CheckInterval: Equatable {
    /// `nil` for off.
    let duration: Duration?

    init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "off" || trimmed == "0" {
            duration = nil
            return
        }
        guard let unit = trimmed.last, let number = Int(trimmed.dropLast()), number > 0 else { return nil }
        let scale: Int
        switch unit {
        case "s": scale = 1
        case "m": scale = 60
        case "h": scale = 3600
        case "d": scale = 86_400
        default: return nil
        }
        // Bounded before multiplying, so no value can overflow.
        guard number <= 365 * 86_400 / scale else { return nil }
        let seconds = number * scale
        guard seconds >= 1 else { return nil }
        duration = .seconds(seconds)
    }
}
