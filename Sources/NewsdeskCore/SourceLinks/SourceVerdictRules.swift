import Foundation

/// The rules that turn a source's checks into a verdict. A story is called gone only on evidence that
/// outlasts a bad hour: a 410 at once, a 404 or failed name lookup on two checks at least a day apart, any
/// other failure on three checks at least seven days apart; a "not found" page served with 200 on two checks
/// a day apart. A single 5xx or timeout is never enough.
public enum SourceVerdictRules {
    /// How far apart two 404s (or failed lookups) must be.
    public static let notFoundSpacing: TimeInterval = 24 * 3600
    /// How many 404 sightings, so spaced, make a story gone.
    public static let notFoundStrikes = 2
    /// How far apart other failures must be.
    public static let failureSpacing: TimeInterval = 7 * 24 * 3600
    /// How many failures, so spaced, make a story gone.
    public static let failureStrikes = 3
    /// How far apart two soft-404 sightings must be.
    public static let softNotFoundSpacing: TimeInterval = 24 * 3600

    /// The verdict after `sightings`, oldest first.
    public static func verdict(_ sightings: [Sighting]) -> SourceVerdict {
        guard let last = sightings.last else { return .unchecked }
        switch last.observation {
        case .ok: return .ok
        case .moved: return .moved
        case .blocked: return .blocked
        case .gone: return .gone
        case .softNotFound:
            let streak = sightings.reversed().prefix { $0.observation == .softNotFound }
            return spacedCount(streak.reversed(), apart: softNotFoundSpacing) >= 2 ? .soft404 : .failing
        case .notFound, .failure:
            let streak = Array(sightings.reversed().prefix { $0.observation.isFailure }.reversed())
            if streak.contains(where: { $0.observation == .gone }) { return .gone }
            let notFound = streak.filter { $0.observation == .notFound }
            if spacedCount(notFound, apart: notFoundSpacing) >= notFoundStrikes { return .gone }
            if spacedCount(streak, apart: failureSpacing) >= failureStrikes { return .gone }
            return .failing
        }
    }

    /// How many of `sightings` (oldest first) can be picked so that each is at least `interval` after the
    /// one picked before it.
    static func spacedCount(_ sightings: [Sighting], apart interval: TimeInterval) -> Int {
        var count = 0
        var previous: Date?
        for sighting in sightings {
            if let previous, sighting.at.timeIntervalSince(previous) < interval { continue }
            count += 1
            previous = sighting.at
        }
        return count
    }

    /// When the current run of failures began: the first failing check since the last good one.
    public static func brokenSince(_ sightings: [Sighting]) -> Date? {
        let streak = sightings.reversed().prefix { $0.observation.isFailure }
        return streak.last?.at
    }
}
