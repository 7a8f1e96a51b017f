import Testing

/// The checks both sanitisers' fixture tests run, each with its own sanitiser, allow-list check and idea of
/// which markup it covers.
extension XSSFixtures {
    /// Sanitises each payload and records everything `violations` finds wrong with the output, and a second
    /// sanitisation that changes it; `alsoCheck` sees each payload with its output.
    static func expectSafe(
        _ payloads: [Payload], sanitize: (String) -> String, violations: (String) -> [String],
        alsoCheck: (Payload, String) -> Void = { _, _ in }, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for payload in payloads {
            let output = sanitize(payload.text)
            let found = violations(output)
            #expect(
                found.isEmpty, "\(payload.origin): \(found)\ninput: \(payload.text)\noutput: \(output)",
                sourceLocation: sourceLocation)
            let again = sanitize(output)
            #expect(
                again == output, "\(payload.origin) is not stable\noutput: \(output)\nagain:  \(again)",
                sourceLocation: sourceLocation)
            alsoCheck(payload, output)
        }
        print("XSS fixtures: \(payloads.count) payloads checked")
    }

    /// The input of each of feedparser's cases that has one.
    static func feedparserPayloads() throws -> [Payload] {
        try feedparserCases().compactMap { feedparserCase in
            feedparserCase.inputHTML.map { Payload(origin: feedparserCase.file, text: $0) }
        }
    }

    /// Checks that each of feedparser's `acceptable_*` inputs that has tags, all of which the sanitiser
    /// `keeps`, has the same `outline` once sanitised; returns the names of the cases checked.
    static func expectAcceptableMarkupKept(
        sanitize: (String) -> String, keeps: (HTMLTestToken) -> Bool, outline: ([HTMLTestToken]) -> String,
        addedContext: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        var checked: [String] = []
        for feedparserCase in try feedparserCases() where feedparserCase.file.hasPrefix("acceptable_") {
            guard let input = feedparserCase.inputHTML else { continue }
            let inputTokens = HTMLTestTokenizer.tokens(of: input)
            let tags = inputTokens.filter { if case .text = $0 { false } else { true } }
            guard !tags.isEmpty && tags.allSatisfy(keeps) else { continue }
            checked.append(feedparserCase.file)
            let output = sanitize(input)
            // Elements of `addedContext` that the input does not have are the list or table the sanitiser
            // writes around an item or cell found alone: context, not a change to the input's markup.
            let inputNames = Set(inputTokens.compactMap(\.elementName))
            let outputTokens = HTMLTestTokenizer.tokens(of: output).filter { token in
                guard let name = token.elementName else { return true }
                return inputNames.contains(name) || !addedContext.contains(name)
            }
            #expect(
                outline(outputTokens) == outline(inputTokens),
                "\(feedparserCase.file): \(input) became \(output)", sourceLocation: sourceLocation)
        }
        print("feedparser acceptable_* cases checked: \(checked.count): \(checked.joined(separator: ", "))")
        return checked
    }
}
