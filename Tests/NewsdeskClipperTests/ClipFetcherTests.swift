import AsyncHTTPClient
import Foundation
import NewsdeskClipper
import NewsdeskCore
import Testing

/// A fetcher for the local test server: loopback and the rest allowed.
/// A fetcher allowed to reach this machine. Its deadline is generous, because the whole test suite shares two
/// cores; the tests of the deadline set their own.
func localFetcher(_ policy: OutgoingPolicy = OutgoingPolicy(timeout: .seconds(30), allowPrivateAddresses: true))
    -> ClipFetcher
{
    ClipFetcher(httpClient: .shared, policy: policy)
}

@Suite("Fetching a clip from a real server")
struct ClipFetcherTests {
    @Test("a story page gives its metadata, the photo made absolute, and Newsdesk names itself")
    func article() async throws {
        try await ClipTestServer.with { server in
            let clip = try await localFetcher().fetch(server.url("/article"))
            #expect(clip.headline == "Navy christens new frigate")
            #expect(clip.outlet == "The Harbour Times")
            #expect(clip.excerptParagraphs == ["The ship is the first of six the Navy has ordered."])
            #expect(clip.imageURL == server.url("/img/frigate.jpg"))
            #expect(clip.publishedAt == Date(timeIntervalSince1970: 1_714_557_600))
            #expect(clip.sourceURL == server.url("/article"))
            #expect(server.requests.withLock { $0.map(\.userAgent) } == ["Newsdesk/1.0 (+clip)"])
        }
    }

    @Test("a page with only a title and paragraphs, served as XHTML, by its host name")
    func plain() async throws {
        try await ClipTestServer.with { server in
            let clip = try await localFetcher().fetch("http://localhost:\(server.port)/plain")
            #expect(clip.headline == "Harbour wall to be rebuilt")
            #expect(clip.outlet == "localhost")
            #expect(clip.excerptParagraphs.count == 2)
            #expect(clip.excerptParagraphs.first?.hasPrefix("Work on the harbour wall") == true)
        }
    }

    @Test(
        "each way a page fails is told to the editor, within the timeout",
        arguments: [
            ("/missing", 20, ClipFetchError.httpStatus(404), "The page answered 404 Not Found."),
            ("/photo.png", 20, .notHTML("image/png"), "That is not a web page (image/png)."),
            ("/huge", 20, .tooLarge(2 * 1024 * 1024), "The page is larger than 2 MB."),
            ("/huge-stream", 20, .tooLarge(2 * 1024 * 1024), "The page is larger than 2 MB."),
            ("/slow", 1, .timeout(.seconds(1)), "The page took longer than 1 second to answer."),
            ("/slow-body", 1, .timeout(.seconds(1)), "The page took longer than 1 second to answer."),
        ])
    func failures(path: String, seconds: Int, expected: ClipFetchError, message: String) async throws {
        try await ClipTestServer.with { server in
            let fetcher = localFetcher(OutgoingPolicy(timeout: .seconds(seconds), allowPrivateAddresses: true))
            let started = ContinuousClock.now
            let error = await #expect(throws: expected) { try await fetcher.fetch(server.url(path)) }
            // The slow pages take 10 s: ending well before that shows the deadline ended the fetch. Generous
            // beyond the deadline, because the whole suite shares two cores and a busy run adds seconds.
            #expect(ContinuousClock.now - started < .seconds(seconds) + .seconds(8))
            #expect(error?.description == message)
        }
    }

    @Test("redirects are followed up to the limit, and the page's address is where they end")
    func redirects() async throws {
        try await ClipTestServer.with { server in
            let clip = try await localFetcher().fetch(server.url("/redirect/4"))
            #expect(clip.headline == "Navy christens new frigate")
            #expect(clip.sourceURL == server.url("/article"))
            #expect(
                server.paths == ["/redirect/4", "/redirect/3", "/redirect/2", "/redirect/1", "/redirect/0", "/article"])
        }
    }

    @Test("one redirect more than the limit is refused")
    func tooManyRedirects() async throws {
        try await ClipTestServer.with { server in
            let error = await #expect(throws: ClipFetchError.tooManyRedirects(5)) {
                try await localFetcher().fetch(server.url("/redirect/5"))
            }
            #expect(server.paths.count == 6)
            #expect(error?.description == "The page redirected more than 5 times, so Newsdesk stopped following it.")
            await #expect(throws: ClipFetchError.httpStatus(302)) {
                try await localFetcher().fetch(server.url("/to/nowhere"))
            }
        }
    }

    @Test(
        "Latin-1 pages are read by their header, their <meta>, or their bytes",
        arguments: [
            "/latin1/header", "/latin1/meta", "/latin1/undeclared",
        ])
    func latin1(path: String) async throws {
        try await ClipTestServer.with { server in
            let clip = try await localFetcher().fetch(server.url(path))
            #expect(clip.headline == ClipTestPages.latin1Headline)
        }
    }

    @Test("a port nobody listens on is unreachable, without waiting for the deadline")
    func refusedConnection() async throws {
        let started = ContinuousClock.now
        let patient = OutgoingPolicy(timeout: .seconds(600), allowPrivateAddresses: true)
        let error = await #expect(throws: ClipFetchError.unreachable("the connection was refused")) {
            try await localFetcher(patient).fetch("http://127.0.0.1:1/")
        }
        // Far below the 600-second deadline: the refusal is not retried until it. The margin is wide because a
        // loaded CI machine has delayed this task's resumption by 30 s while other tests held the threads.
        #expect(ContinuousClock.now - started < .seconds(180))
        #expect(error?.description == "Newsdesk could not reach the site: the connection was refused.")
    }
}
