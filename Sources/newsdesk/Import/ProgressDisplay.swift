import Foundation

/// Progress on standard error, on a terminal only: a redrawn line with count, rate and time left. When
/// standard error is a file or a pipe it prints nothing, so a script or a log gets just the report.
final class ProgressDisplay: @unchecked Sendable {
    // NB: @unchecked because the lock guards every mutable field; the store calls it from its own task.
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var phase = ""
    private var started = Date()
    private var lastDrawn = Date()

    /// Starts a phase ("Reading", "Storing").
    func begin(_ phase: String) {
        lock.withLock {
            self.phase = phase
            started = Date()
            lastDrawn = .distantPast
        }
    }

    /// `done` items of `total` (nil when the total is not known yet).
    func update(_ done: Int, of total: Int?) {
        guard isTerminal else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            let line = Self.describe(phase: phase, done: done, total: total, elapsed: now.timeIntervalSince(started))
            Self.write("\r\u{1B}[K" + line)
        }
    }

    /// Ends the phase with its final count.
    func finish(_ done: Int) {
        guard isTerminal else { return }
        lock.withLock {
            let line = Self.describe(
                phase: phase, done: done, total: nil, elapsed: Date().timeIntervalSince(started))
            Self.write("\r\u{1B}[K" + line + "\n")
        }
    }

    static func describe(phase: String, done: Int, total: Int?, elapsed: TimeInterval) -> String {
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var line = "\(phase) \(done.formatted())"
        if let total { line += " of \(total.formatted())" }
        line += " · \(Int(rate).formatted())/s · \(String(format: "%.1f", elapsed)) s"
        if let total, rate > 0, done < total {
            line += " · \(String(format: "%.0f", Double(total - done) / rate)) s left"
        }
        return line
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
