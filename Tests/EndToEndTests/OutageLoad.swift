import Foundation
import Synchronization

/// Readers and a commenter against one server, each request's outcome kept: a cached post page, searches that
/// each need the database, and comments with distinct text.
final class OutageLoad: Sendable {
    enum Kind: Sendable { case cachedPage, search, comment }

    struct Result: Sendable {
        let kind: Kind
        /// When the request was sent.
        let at: ContinuousClock.Instant
        let took: Duration
        /// The status, or 0 when no answer came.
        let status: Int
        let retryAfter: String?
        /// For a comment refused with a 503: whether the page gave back the text typed.
        let keptWhatWasTyped: Bool
    }

    let baseURL: String
    let postPath: String
    let results = Mutex<[Result]>([])
    /// The text of every comment answered 303.
    let acknowledged = Mutex<[String]>([])
    private let stopped = Mutex(false)

    init(baseURL: String, postPath: String) {
        self.baseURL = baseURL
        self.postPath = postPath
    }

    /// Starts the loops; `stop(_:)` ends them.
    func start() -> [Task<Void, Never>] {
        [loop(.cachedPage), loop(.search), loop(.comment), loop(.comment)]
    }

    func stop(_ tasks: [Task<Void, Never>]) async {
        stopped.withLock { $0 = true }
        for task in tasks { await task.value }
    }

    /// How long after `start` the first search sent after it was answered 200 (searches need the database).
    func firstSearchAnswer(after start: ContinuousClock.Instant) async throws -> Duration {
        for _ in 0..<400 {
            let first = results.withLock { results in
                results.filter { $0.kind == .search && $0.status == 200 && $0.at >= start }.map { $0.at + $0.took }
                    .min()
            }
            if let first { return first - start }
            try await Task.sleep(for: .milliseconds(50))
        }
        return .seconds(20)
    }

    private func loop(_ kind: Kind) -> Task<Void, Never> {
        Task {
            var number = 0
            while !stopped.withLock({ $0 }) {
                number += 1
                await send(kind, number: number)
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    private func send(_ kind: Kind, number: Int) async {
        let started = ContinuousClock.now
        let text = "Outage comment \(UUID().uuidString.prefix(8)) number \(number)."
        let reply: HTTP.Reply?
        switch kind {
        case .cachedPage: reply = try? await HTTP.get(baseURL + postPath)
        case .search: reply = try? await HTTP.get(baseURL + "/search?q=china\(number)")
        case .comment: reply = try? await HTTP.postForm(baseURL + postPath, [("name", "Outage"), ("body", text)])
        }
        let took = ContinuousClock.now - started
        if kind == .comment, reply?.status == 303 { acknowledged.withLock { $0.append(text) } }
        let result = Result(
            kind: kind, at: started, took: took, status: reply?.status ?? 0, retryAfter: reply?.headers["retry-after"],
            keptWhatWasTyped: reply?.body.contains(text) ?? false)
        results.withLock { $0.append(result) }
    }
}
