import NewsdeskCore
import Testing

@Suite("What one check of a source saw")
struct SourceObservationTests {
    private let story = "https://www.news.example/2011/05/navy-frigate"

    private func result(
        status: Int = 200, redirects: [(Int, String)] = [], title: String? = nil,
        failure: SourceProbeResult.Failure? = nil
    ) -> SourceProbeResult {
        SourceProbeResult(
            url: story, redirects: redirects.map { .init(status: $0.0, location: $0.1) },
            finalStatus: failure == nil ? status : 0, title: title, failure: failure)
    }

    @Test(
        "statuses and failures are classified as the verdict rules count them",
        arguments: [
            (200, SourceObservation.ok), (204, .ok), (404, .notFound), (410, .gone), (401, .blocked),
            (403, .blocked), (429, .blocked), (451, .blocked), (500, .failure), (503, .failure), (400, .failure),
        ])
    func statuses(status: Int, expected: SourceObservation) {
        #expect(SourceObservation(result(status: status)) == expected)
    }

    @Test(
        "a failure to get an answer is counted by its cause; a refusal by the policy is never held against the story",
        arguments: [
            (SourceProbeResult.Failure.nameNotFound, SourceObservation.notFound), (.timeout, .failure),
            (.unreachable, .failure), (.redirectLoop, .failure), (.refused, .blocked),
        ])
    func failures(failure: SourceProbeResult.Failure, expected: SourceObservation) {
        #expect(SourceObservation(result(failure: failure)) == expected)
    }

    @Test("a permanent redirect to another story is a move; to the same story or for now, it is not")
    func redirects() {
        let elsewhere = "https://news.example/archive/2011/navy-frigate"
        #expect(SourceObservation(result(redirects: [(301, elsewhere)])) == .moved)
        #expect(SourceObservation(result(redirects: [(308, elsewhere)])) == .moved)
        #expect(SourceObservation(result(redirects: [(302, elsewhere)])) == .ok)
        // http to https, or dropping www. or a trailing slash, is the same story.
        let same = "https://news.example/2011/05/navy-frigate/"
        #expect(SourceObservation(result(redirects: [(301, same)])) == .ok)
    }

    @Test("landing on the front page or on a page titled not found is a soft 404")
    func softNotFound() {
        #expect(SourceObservation(result(redirects: [(301, "https://news.example/")])) == .softNotFound)
        #expect(SourceObservation(result(redirects: [(302, "https://news.example/index.html")])) == .softNotFound)
        #expect(SourceObservation(result(title: "Page Not Found – The News")) == .softNotFound)
        #expect(SourceObservation(result(title: "Error 404 | The News")) == .softNotFound)
        #expect(SourceObservation(result(title: "Flight 404 lands safely")) == .ok)
        #expect(SourceObservation(result(redirects: [(301, "https://news.example/errors/404")])) == .softNotFound)
    }

    @Test("landing on a sign-in or subscription wall leaves the story unknown, never moved or gone")
    func wall() {
        let wall = "https://news.example/account/login?next=/2011/05/navy-frigate"
        #expect(SourceObservation(result(redirects: [(301, wall)])) == .blocked)
        #expect(SourceObservation(result(redirects: [(302, "https://news.example/subscribe")])) == .blocked)
    }
}

@Suite("Story addresses as the checker compares them")
struct StoryAddressTests {
    @Test("scheme, www. and a trailing slash do not make another address; path and query do")
    func equality() {
        #expect(StoryAddress("http://www.News.example/a/b/") == StoryAddress("https://news.example/a/b"))
        #expect(StoryAddress("https://news.example/a/b") != StoryAddress("https://news.example/a/c"))
        #expect(StoryAddress("https://news.example/a?id=1") != StoryAddress("https://news.example/a?id=2"))
    }

    @Test("only absolute http and https addresses with a host are story addresses")
    func invalid() {
        #expect(StoryAddress("ftp://news.example/a") == nil)
        #expect(StoryAddress("/relative/path") == nil)
        #expect(StoryAddress("not an address") == nil)
    }

    @Test(
        "front pages, index files and sign-in or error pages are not stories",
        arguments: [
            ("https://news.example", true, false), ("https://news.example/", true, false),
            ("https://news.example/index.php", true, false), ("https://news.example/?page=2", false, true),
            ("https://news.example/account/login?next=/a", false, false),
            ("https://news.example/subscribe", false, false), ("https://news.example/404", false, false),
            ("https://news.example/2011/05/navy-frigate", false, true),
        ])
    func kinds(url: String, isRoot: Bool, isStory: Bool) throws {
        let address = try #require(StoryAddress(url))
        #expect(address.isSiteRoot == isRoot)
        #expect(address.isStory == isStory)
    }

    @Test("titles that say the page is not found")
    func notFoundTitles() {
        #expect(StoryAddress.titleSaysNotFound("Page not found"))
        #expect(StoryAddress.titleSaysNotFound("This story is no longer available"))
        #expect(StoryAddress.titleSaysNotFound("404 - Page | Outlet"))
        #expect(!StoryAddress.titleSaysNotFound("Navy christens new frigate"))
        #expect(!StoryAddress.titleSaysNotFound("Flight 404 lands safely"))
    }
}
