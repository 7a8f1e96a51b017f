import NewsdeskCore

/// What one run of the source checker found.
public struct SourceCheckSummary: Sendable, Equatable, CustomStringConvertible {
    /// Each address checked, in the order it was claimed.
    public var outcomes: [SourceCheckOutcome]

    /// A summary of `outcomes`.
    public init(outcomes: [SourceCheckOutcome]) {
        self.outcomes = outcomes
    }

    /// How many addresses were checked.
    public var checked: Int { outcomes.count }

    /// How many addresses stand at each verdict after the run; verdicts no address has are left out.
    public var counts: [SourceVerdict: Int] {
        outcomes.reduce(into: [:]) { $0[$1.link.verdict, default: 0] += 1 }
    }

    /// The run in a sentence: "Checked 3 source addresses: 2 ok, 1 gone."
    public var description: String {
        guard checked > 0 else { return "No source addresses were due for a check." }
        let counts = counts
        let parts = SourceVerdict.allCases.compactMap { verdict in
            counts[verdict].map { "\($0) \(Self.word(for: verdict))" }
        }
        let noun = checked == 1 ? "address" : "addresses"
        return "Checked \(checked) source \(noun): \(parts.joined(separator: ", "))."
    }

    private static func word(for verdict: SourceVerdict) -> String {
        switch verdict {
        case .soft404: "soft 404"
        default: verdict.rawValue
        }
    }
}
