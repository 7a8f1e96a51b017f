import Foundation
import NewsdeskCore
import NewsdeskTestSupport
import Testing

/// The reference post's clipped story.
let referenceSource = ReferenceBlog.post.clipping!.sourceURL
/// Where the tests say the reference story moved.
let referenceSourceMoved =
    "https://www.stripes.com/theaters/asia_pacific/2011-01-17/does-china-s-military-want-better-relations-1.131912"

/// The source checker's findings about `url`, recorded in `store` as a check would record them.
enum SourceFinding {
    /// 410 Gone: the story is gone at once.
    case gone
    /// A 301 to another story address: moved at once.
    case moved(to: String)
    /// A 200 from the story.
    case works

    func result(for url: String) -> SourceProbeResult {
        switch self {
        case .gone: SourceProbeResult(url: url, finalStatus: 410)
        case .moved(let address):
            SourceProbeResult(
                url: url, redirects: [.init(status: 301, location: address)], finalStatus: 200, title: "The story")
        case .works: SourceProbeResult(url: url, finalStatus: 200, title: "The story")
        }
    }
}

/// Records `finding` for `url` (a published post's source) in `store`; the address as it now stands.
@discardableResult
func recordSource(
    _ finding: SourceFinding, url: String = referenceSource, in store: any SourceLinkStore, at date: Date = Date()
) async throws -> SourceLink {
    try await store.registerLinks([url], kind: .source)
    let reports = try await store.sourceReports(onlyProblems: false, limit: 1000)
    let id = try #require(reports.first { $0.link.url == url }?.link.id, "\(url) is not cited by any post")
    return try await store.recordSourceCheck(linkID: id, result: finding.result(for: url), at: date)
}
