import Foundation

/// Puts an export into UTF-8 before anything parses it (see ``ExportEncoding``): the parser, the prolog
/// check and the repair pass all read the same UTF-8 text, whatever the file was written in. A UTF-8 file
/// whose declaration says UTF-8 (or nothing) is used as it is; any other is transcoded, in memory or into a
/// temporary file.
enum ExportDecoding {
    /// How much of a file is transcoded at a time.
    static let chunkSize = 1 << 20

    /// `data` as UTF-8 that the parser may read, or a refusal of its encoding.
    static func utf8(_ data: Data) throws -> Data {
        let detected = try ExportEncoding.detect(Array(data.prefix(ExportEncoding.headLength)))
        guard !detected.isParserReady else { return data }
        var transcoder = UTF8Transcoder(detected)
        var output = try transcoder.feed(data)
        output += try transcoder.finish()
        return Data(output)
    }

    /// Runs `body` with the file at `url` as UTF-8: `url` itself when it is, else a transcoded copy that is
    /// removed afterwards. Refuses a folder, a file that cannot be read and an encoding we do not read.
    static func withUTF8File<Result>(_ url: URL, _ body: (URL) throws -> Result) throws -> Result {
        let input = try open(url)
        defer { try? input.close() }
        let head = try reading(url) { try input.read(upToCount: ExportEncoding.headLength) ?? Data() }
        let detected = try ExportEncoding.detect(Array(head))
        guard !detected.isParserReady else { return try body(url) }
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("newsdesk-utf8-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: copy.path, contents: nil) else {
            throw XMLPosition.start.error("cannot write a UTF-8 copy of the file in the temporary folder")
        }
        defer { try? FileManager.default.removeItem(at: copy) }
        try transcode(input, head: head, as: detected, to: copy, source: url)
        return try body(copy)
    }

    private static func transcode(
        _ input: FileHandle, head: Data, as detected: ExportEncoding.Detected, to copy: URL, source: URL
    ) throws {
        let output = try FileHandle(forWritingTo: copy)
        defer { try? output.close() }
        var transcoder = UTF8Transcoder(detected)
        var chunk = head
        while !chunk.isEmpty {
            try output.write(contentsOf: try transcoder.feed(chunk))
            chunk = try reading(source) { try input.read(upToCount: chunkSize) ?? Data() }
        }
        try output.write(contentsOf: try transcoder.finish())
    }

    /// The file at `url` opened for reading, or a refusal in words: a folder, a missing or unreadable file.
    static func open(_ url: URL) throws -> FileHandle {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw ImportError("\(url.lastPathComponent) is a folder, not an export file", line: 0, column: 0)
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw ImportError("\(url.path): no such file, or it cannot be read", line: 0, column: 0)
        }
        return try reading(url) { try FileHandle(forReadingFrom: url) }
    }

    /// Runs `read`, turning a failure to read `url` into a sentence (not a Foundation error's dump).
    static func reading<Value>(_ url: URL, _ read: () throws -> Value) throws -> Value {
        do {
            return try read()
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.map { String(cString: strerror(Int32($0.code))) } ?? "reading failed"
            throw ImportError("\(url.lastPathComponent) cannot be read: \(reason.lowercased())", line: 0, column: 0)
        }
    }
}
