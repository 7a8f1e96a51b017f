import NewsdeskCore
import Testing

@Suite("Spam and moderation rules")
struct CommentScreeningTests {
    let settings = CommentSettings()

    func facts(
        token: FormTokenCheck = .valid(ageSeconds: 30), honeypot: String = "", recent: (Int, Int) = (0, 0),
        duplicate: Bool = false, publishedBefore: Bool = true, body: String = "Fair enough.", isEditor: Bool = false,
        address: String = "192.0.2.1", name: String = "Mark"
    ) -> CommentSubmissionFacts {
        CommentSubmissionFacts(
            honeypotValue: honeypot, token: token, clientAddress: address, isEditor: isEditor,
            recentFromAddress: recent,
            isDuplicate: duplicate, hasPublishedBefore: publishedBefore, name: name, body: body)
    }

    @Test("an ordinary comment is published by default")
    func ordinary() {
        #expect(CommentScreening.screen(facts(), settings: settings) == .publish)
    }

    @Test(
        "bot traps and token problems are refused",
        arguments: [
            (FormTokenCheck.missing, CommentScreening.Refusal.missingToken),
            (.forged, .forgedToken), (.reused, .reusedToken), (.valid(ageSeconds: 1.5), .tooFast),
            (.valid(ageSeconds: 86_401), .expired),
        ])
    func tokenRules(token: FormTokenCheck, refusal: CommentScreening.Refusal) {
        #expect(CommentScreening.screen(facts(token: token), settings: settings) == .refuse(refusal))
    }

    @Test("rules switched off do not apply")
    func switchedOff() {
        var relaxed = settings
        relaxed.requireFormToken = false
        relaxed.honeypot = false
        relaxed.ratePerMinute = 0
        #expect(
            CommentScreening.screen(facts(token: .missing, honeypot: "x", recent: (9, 9)), settings: relaxed)
                == .publish)
    }

    @Test("rate limits per minute and per day give Retry-After")
    func rateLimits() {
        #expect(
            CommentScreening.screen(facts(recent: (5, 5)), settings: settings)
                == .refuse(.rateLimited(retryAfterSeconds: 60)))
        #expect(
            CommentScreening.screen(facts(recent: (0, 50)), settings: settings)
                == .refuse(.rateLimited(retryAfterSeconds: 3600)))
        #expect(CommentScreening.Refusal.rateLimited(retryAfterSeconds: 60).httpStatus == 429)
    }

    @Test("the honeypot and duplicates are refused; the editor is exempt from everything")
    func honeypotDuplicateEditor() {
        #expect(CommentScreening.screen(facts(honeypot: "spam"), settings: settings) == .refuse(.honeypot))
        #expect(CommentScreening.screen(facts(duplicate: true), settings: settings) == .refuse(.duplicate))
        #expect(
            CommentScreening.screen(facts(token: .missing, recent: (99, 99), isEditor: true), settings: settings)
                == .publish)
    }

    @Test("blocklists match whole words and address prefixes")
    func blocklists() {
        var strict = settings
        strict.blockedWords = ["viagra", "free money"]
        strict.blockedAddresses = ["203.0.113.", "198.51.100.7"]
        #expect(CommentScreening.screen(facts(body: "Cheap VIAGRA here"), settings: strict) == .refuse(.blockedWord))
        #expect(CommentScreening.screen(facts(body: "Get free money!"), settings: strict) == .refuse(.blockedWord))
        #expect(CommentScreening.screen(facts(body: "Viagras are fine"), settings: strict) == .publish)
        #expect(CommentScreening.screen(facts(address: "203.0.113.77"), settings: strict) == .refuse(.blockedAddress))
        #expect(CommentScreening.screen(facts(address: "198.51.100.70"), settings: strict) == .publish)
    }

    @Test("links and first-time commenters are held as the policy says")
    func holds() {
        let threeLinks = "https://a.example https://b.example https://c.example"
        #expect(
            CommentScreening.screen(facts(body: threeLinks), settings: settings) == .hold(reason: "more than 2 links"))
        var careful = settings
        careful.moderation = .holdLinksOrFirstTime
        #expect(
            CommentScreening.screen(facts(body: "see https://a.example"), settings: careful)
                == .hold(reason: "has links"))
        #expect(
            CommentScreening.screen(facts(publishedBefore: false), settings: careful)
                == .hold(reason: "first comment from this commenter"))
        #expect(CommentScreening.screen(facts(), settings: careful) == .publish)
        careful.moderation = .holdAll
        #expect(CommentScreening.screen(facts(), settings: careful) == .hold(reason: "the blog holds every comment"))
    }
}
