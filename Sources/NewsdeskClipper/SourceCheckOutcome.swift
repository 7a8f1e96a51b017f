import NIOHTTP1
import NewsdeskCore

/// One address checked in a run: what it answered and how the address stands after it.
public struct SourceCheckOutcome: Sendable, Equatable, CustomStringConvertible {
    /// The address as it now stands, verdict included.
    public var link: SourceLink
    /// What the check saw.
    public var result: SourceProbeResult

    /// An outcome.
    public init(link: SourceLink, result: SourceProbeResult) {
        self.link = link
        self.result = result
    }

    /// The address, its verdict and what it answered, in a sentence for the operator.
    public var description: String {
        "\(link.url): \(link.verdict.label); \(answer)."
    }

    /// What the address answered, in a phrase.
    var answer: String {
        if let failure = result.failure {
            switch failure {
            case .nameNotFound: return "no site has that name any more"
            case .timeout: return "it did not answer in time"
            case .unreachable: return "the site could not be reached"
            case .redirectLoop: return "its redirects went round in a loop"
            case .refused: return "its address is on a network the checker may not reach"
            }
        }
        let status = result.finalStatus
        var phrase = "it answered \(status) \(HTTPResponseStatus(statusCode: status).reasonPhrase)"
        if result.finalURL != result.url { phrase += " at \(result.finalURL)" }
        if let title = result.title, SourceObservation(result) == .softNotFound { phrase += " titled “\(title)”" }
        return phrase
    }
}
