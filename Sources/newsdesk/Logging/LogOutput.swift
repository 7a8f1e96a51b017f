import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Standard error, where the server logs. Each line is whole in the output: lines from different threads never
/// interleave.
///
/// Lines below `notice` (a request's line, debug) are gathered and written by one thread every 10 ms, or at
/// once by the thread that fills 64 KiB: with a `write` per request line from two event loops, the writes
/// queued on the file's lock and the log line cost as much as the request (bench/pages: 29k requests/s with
/// lines, 61k without). Lines at `notice` and above go out at once, after the gathered ones, in order. A crash
/// can lose at most the last 10 ms of request lines; the process flushes what is gathered when it exits.
final class LogOutput: Sendable {
    /// The server's standard error.
    static let standardError = LogOutput(descriptor: STDERR_FILENO)

    /// Gathered bytes past which the thread logging writes them itself.
    static let batchLimit = 64 * 1024

    private let descriptor: Int32
    private let gathered = Mutex<[UInt8]>([])
    /// Held while writing, so batches go out in the order they were taken.
    private let writing = Mutex(())

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        let thread = Thread { [self] in
            while true {
                usleep(10_000)
                flush()
            }
        }
        thread.name = "newsdesk-log-writer"
        thread.start()
        atexit { LogOutput.standardError.flush() }
    }

    /// Writes `line` (ending in a newline): now when `urgent`, else with the next batch.
    func write(_ line: String, urgent: Bool) {
        write(urgent: urgent) { $0.appendUTF8(line) }
    }

    /// Writes the line that `appendLine` appends (ending in a newline) to the bytes gathered: now when `urgent`,
    /// else with the next batch. A request's line is put together right there, without a string of its own.
    func write(urgent: Bool, _ appendLine: (inout [UInt8]) -> Void) {
        if urgent {
            writing.withLock { _ in
                var bytes = gathered.withLock { gathered in
                    defer { gathered.removeAll(keepingCapacity: true) }
                    return gathered
                }
                appendLine(&bytes)
                Self.writeAll(bytes, to: descriptor)
            }
            return
        }
        let full = gathered.withLock { gathered in
            appendLine(&gathered)
            return gathered.count >= Self.batchLimit
        }
        if full { flush() }
    }

    /// Writes what is gathered.
    func flush() {
        writing.withLock { _ in
            let bytes = gathered.withLock { gathered in
                defer { gathered.removeAll(keepingCapacity: true) }
                return gathered
            }
            if !bytes.isEmpty { Self.writeAll(bytes, to: descriptor) }
        }
    }

    /// Writes every byte, through short writes and interruptions; gives up on any other error (a closed
    /// descriptor has nowhere to say so).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}

extension [UInt8] {
    /// Appends `text`'s UTF-8 bytes in one copy: `append(contentsOf: text.utf8)` goes a byte at a time (3% of a
    /// cache hit in `perf`, for a request's line).
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
