import NewsdeskCore
import Testing

@testable import NewsdeskClipper

/// A prober for which the story server on 127.0.0.1 stands in for an outlet on the Internet, while every
/// other local address stays refused. Its deadline is generous, because the whole suite shares two cores;
/// the test of the deadline sets its own.
func storyProber(timeout: Duration = .seconds(30)) -> SourceProber {
    var policy = OutgoingPolicy(timeout: timeout)
    policy.addressesTreatedAsPublic = [IPAddress("127.0.0.1")!]
    return SourceProber(policy: policy, userAgent: StoryProbeCase.userAgent)
}

/// One address on the story server, what probing it must give and which requests the server must see.
struct StoryProbeCase: Sendable, CustomTestStringConvertible {
    /// The polite name the checker gives.
    static let userAgent = "Newsdesk source checker (+https://blog.example)"

    var path: String
    var redirects: [HTTPRedirect] = []
    var status = 200
    var finalPath: String?
    var title: String?
    var failure: SourceProbeResult.Failure?
    var observation: SourceObservation
    /// "METHOD /path" for each request the server gets; HEAD then GET of `path` when not given.
    var requests: [String]?

    var testDescription: String { path }

    /// The result expected from the server at `server`.
    func expected(on server: ClipTestServer) -> SourceProbeResult {
        SourceProbeResult(
            url: server.url(path),
            redirects: redirects.map { .init(status: $0.status, location: server.url($0.location)) },
            finalStatus: status, finalURL: server.url(finalPath ?? path), title: title, failure: failure)
    }

    /// The requests expected.
    var expectedRequests: [String] { requests ?? ["HEAD \(path)", "GET \(path)"] }

    static let all: [StoryProbeCase] = [
        .init(path: "/story/frigate", title: StoryTestPages.storyTitle, observation: .ok),
        .init(
            path: "/story/old-frigate", redirects: [.init(status: 301, location: "/story/new-frigate")],
            finalPath: "/story/new-frigate", title: StoryTestPages.storyTitle, observation: .moved,
            requests: ["HEAD /story/old-frigate", "HEAD /story/new-frigate", "GET /story/new-frigate"]),
        .init(
            path: "/story/retired", redirects: [.init(status: 301, location: "/")], finalPath: "/",
            title: "The Harbour Times", observation: .softNotFound,
            requests: ["HEAD /story/retired", "HEAD /", "GET /"]),
        .init(
            path: "/loop/a", status: 0, failure: .redirectLoop, observation: .failure,
            requests: ["/loop/a", "/loop/b", "/loop/a", "/loop/b", "/loop/a", "/loop/b"].map { "HEAD \($0)" }),
        .init(path: "/story/missing", status: 404, observation: .notFound),
        .init(path: "/story/gone", status: 410, observation: .gone),
        .init(path: "/story/members", status: 403, observation: .blocked),
        .init(path: "/story/soft", title: StoryTestPages.notFoundTitle, observation: .softNotFound),
        .init(path: "/story/no-head", title: StoryTestPages.storyTitle, observation: .ok),
        .init(path: "/story/long", title: "Harbour & wall", observation: .ok),
        .init(path: "/report.pdf", observation: .ok, requests: ["HEAD /report.pdf"]),
    ]
}
