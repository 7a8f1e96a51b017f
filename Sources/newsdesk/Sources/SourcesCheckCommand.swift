import ArgumentParser
import Foundation
import NewsdeskClipper
import NewsdeskCore
import NewsdeskStore

/// `newsdesk sources check`: one run of the source checker now, as each server runs on its timer, printing
/// a line per address and a summary sentence.
struct SourcesCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check clipped stories' source addresses now.",
        discussion: """
            Checks the addresses not checked in --older-than days (never-checked first), one request per \
            outlet at a time, with a User-Agent naming the blog. Each check is recorded; an address is called \
            gone only on the evidence the README describes.
            """
    )

    /// The longest one request may take: the same as the server's checks.
    static let requestTimeout: Duration = .seconds(10)

    @Option(help: "The most addresses checked, 1 to 10000.")
    var limit = 100

    @Option(help: "Check only addresses not checked in this many days; 0 checks every address.")
    var olderThan: Double = 1

    @Flag(help: "Also check the links in published posts' commentary and bodies.")
    var allLinks = false

    @OptionGroup var outgoing: PrivateOutgoingOption
    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000.") }
        guard olderThan.isFinite, (0...3650).contains(olderThan) else {
            throw ValidationError("--older-than must be a number of days between 0 and 3650.")
        }
    }

    func run() async throws {
        let policy = OutgoingPolicy(
            timeout: Self.requestTimeout, allowPrivateAddresses: try outgoing.allowsPrivateOutgoing())
        let (limit, olderThan, allLinks) = (limit, olderThan, allLinks)
        try await SQLStore.withStore(options.location, logger: try options.makeLogger()) { store in
            let blog = try await store.blog()
            if allLinks {
                let found = try await CommentaryLinkScan(store: store, blogHost: blog.baseURL).register()
                print("Found \(found) \(found == 1 ? "link" : "links") in published posts to check besides sources.")
            }
            let userAgent =
                blog.baseURL.isEmpty ? "Newsdesk source checker" : SourceProber.userAgent(blogURL: blog.baseURL)
            let timeout = TimeInterval(Self.requestTimeout.components.seconds)
            let run = SourceCheckRun(
                store: store, prober: SourceProber(policy: policy, userAgent: userAgent), limit: limit,
                recheckAfter: olderThan * 86_400,
                // Long enough for the worst run: every address at one outlet, HEAD and GET each timing out.
                lease: 300 + Double(limit) * 2 * timeout)
            let summary = try await run.run { print($0.description) }
            print(summary.description)
        }
    }
}
