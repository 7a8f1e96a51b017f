import Testing

@testable import NewsdeskStore

@Suite("Remembering which search terms are common")
struct TermCommonnessTests {
    @Test("an answer is kept for its lifetime, then asked again; past capacity all are forgotten")
    func lifetimeAndCapacity() async throws {
        let terms = TermCommonness(lifetime: .milliseconds(200), capacity: 3)
        #expect(terms.isCommon("\"outlet\"") == nil)
        terms.record("\"outlet\"", isCommon: true)
        terms.record("\"reuters\"", isCommon: false)
        #expect(terms.isCommon("\"outlet\"") == true)
        #expect(terms.isCommon("\"reuters\"") == false)
        try await Task.sleep(for: .milliseconds(300))
        #expect(terms.isCommon("\"outlet\"") == nil)
        for word in ["a", "b", "c"] { terms.record(word, isCommon: true) }
        terms.record("d", isCommon: false)
        #expect(terms.isCommon("a") == nil && terms.isCommon("d") == false)
    }
}
