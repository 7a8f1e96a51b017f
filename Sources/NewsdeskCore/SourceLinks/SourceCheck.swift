import Foundation

/// One recorded check of a source address: when, what came back and what it meant.
public struct SourceCheck: Sendable, Equatable, Codable {
    /// When the check ran.
    public var checkedAt: Date
    /// The final HTTP status; 0 when nothing answered.
    public var status: Int
    /// The address that gave the final status, after redirects.
    public var finalURL: String
    /// Why nothing answered, if so.
    public var failure: SourceProbeResult.Failure?
    /// What the check saw.
    public var observation: SourceObservation
    /// The address's verdict after this check, from every check so far.
    public var verdict: SourceVerdict

    public init(
        checkedAt: Date, status: Int, finalURL: String, failure: SourceProbeResult.Failure? = nil,
        observation: SourceObservation, verdict: SourceVerdict
    ) {
        self.checkedAt = checkedAt
        self.status = status
        self.finalURL = finalURL
        self.failure = failure
        self.observation = observation
        self.verdict = verdict
    }

    /// `result` seen at `checkedAt`, with the verdict it leads to after `earlier` checks (oldest first).
    public init(result: SourceProbeResult, at checkedAt: Date, after earlier: [SourceCheck]) {
        let observation = SourceObservation(result)
        let seen = earlier.map { Sighting(at: $0.checkedAt, observation: $0.observation) }
        self.init(
            checkedAt: checkedAt, status: result.finalStatus, finalURL: result.finalURL, failure: result.failure,
            observation: observation,
            verdict: SourceVerdictRules.verdict(seen + [Sighting(at: checkedAt, observation: observation)]))
    }
}

/// An observation and when it was made: what the verdict rules read.
public struct Sighting: Sendable, Equatable {
    public var at: Date
    public var observation: SourceObservation

    public init(at: Date, observation: SourceObservation) {
        self.at = at
        self.observation = observation
    }
}
