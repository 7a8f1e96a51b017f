import Foundation

/// The lockout rule for sign-ins: after `maximumFailures` failed attempts within `window` for one account from
/// one address, that pair is locked out until the oldest of those failures leaves the window.
///
/// Counting per account *and* address means someone guessing at an editor's password cannot lock the editor
/// out from their own address.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures allowed in the window; the next attempt is refused.
    public var maximumFailures: Int
    /// How far back failures count.
    public var window: TimeInterval

    /// The rule: 5 failures in 15 minutes.
    public init(maximumFailures: Int = 5, window: TimeInterval = 15 * 60) {
        self.maximumFailures = maximumFailures
        self.window = window
    }

    /// Since when failures are counted at `now`.
    public func windowStart(at now: Date) -> Date {
        now.addingTimeInterval(-window)
    }

    /// When the lockout ends, given the pair's failures in the window; `nil` when an attempt may be made now.
    public func lockedUntil(failures: [Date], at now: Date) -> Date? {
        let recent = failures.filter { $0 > windowStart(at: now) }.sorted()
        guard maximumFailures > 0, recent.count >= maximumFailures else { return nil }
        // The attempt is allowed again once enough failures have aged out to leave fewer than the maximum.
        let releasing = recent[recent.count - maximumFailures]
        return releasing.addingTimeInterval(window)
    }
}
