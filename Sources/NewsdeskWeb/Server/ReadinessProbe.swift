import Logging
import NewsdeskCore
import NewsdeskStore
import Synchronization

/// Answers "does the database answer, with the schema this server expects?" within a time limit. At most
/// one check runs at a time: probes that arrive while one runs share its answer, so a database that hangs
/// holds one query, however often a load balancer asks.
final class ReadinessProbe: Sendable {
    /// What a check found.
    enum Verdict: Sendable, Equatable {
        case ready
        /// Not ready, and why, as the end of a sentence.
        case notReady(String)
    }

    private let store: any SchemaReporting
    private let timeout: Duration
    private let logger: Logger
    private let running = Mutex<Task<Verdict, Never>?>(nil)

    init(store: any SchemaReporting, timeout: Duration = .seconds(2), logger: Logger) {
        self.store = store
        self.timeout = timeout
        self.logger = logger
    }

    /// The running check's verdict (starting one if none runs), or not ready once the time limit passes.
    func check() async -> Verdict {
        let task = running.withLock { running in
            if let task = running { return task }
            let task = Task { [store, logger] in
                let verdict = await Self.verdict(of: store, logger: logger)
                self.running.withLock { $0 = nil }
                return verdict
            }
            running = task
            return task
        }
        return await FirstAnswer.of(task, within: timeout)
            ?? .notReady("the database did not answer within \(timeout.secondsText)")
    }

    private static func verdict(of store: any SchemaReporting, logger: Logger) async -> Verdict {
        do {
            let state = try await store.schemaState()
            if state.isCurrent { return .ready }
            if state.applied < state.known {
                return .notReady(
                    "the database's schema is at migration \(state.applied) and this server needs \(state.known) "
                        + "(newsdesk migrate, or starting this server, applies it)")
            }
            return .notReady(
                "the database's schema is at migration \(state.applied), newer than this server's \(state.known): "
                    + "run the newer version")
        } catch {
            logger.debug("Readiness check failed: \(String(reflecting: error))")
            return .notReady("the database did not answer the readiness query")
        }
    }
}
