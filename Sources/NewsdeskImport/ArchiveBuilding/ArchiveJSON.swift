import Foundation
import NewsdeskCore

/// The JSON form of a ``BlogArchive``: `newsdesk export --format json` and `newsdesk import json`.
///
/// The output is deterministic (sorted keys, fixed indentation, times as UTC ISO 8601 with milliseconds), so
/// exporting, importing into an empty database and exporting again gives the same bytes.
public enum ArchiveJSON {
    /// The archive as UTF-8 JSON, ending in a newline.
    public static func encode(_ archive: BlogArchive) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ArchiveTime.format(date.millisecondsSince1970))
        }
        var data = try encoder.encode(archive)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    /// Reads an archive; a file that is not one gets an error saying what is wrong and where.
    public static func decode(_ data: Data) throws -> BlogArchive {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let milliseconds = ArchiveTime.parse(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not a time like 2011-01-17T08:15:00.000Z")
            }
            return Date(millisecondsSince1970: milliseconds)
        }
        struct Header: Decodable {
            let format: String?
            let version: Int?
        }
        let header: Header
        do {
            header = try decoder.decode(Header.self, from: data)
        } catch {
            throw ArchiveJSONError(message: "not a JSON object: \(Self.describe(error))")
        }
        guard header.format == BlogArchive.formatName else {
            throw ArchiveJSONError(
                message: "not a Newsdesk archive (its \"format\" is not \"\(BlogArchive.formatName)\")")
        }
        guard let version = header.version, version <= BlogArchive.currentVersion, version >= 1 else {
            throw ArchiveJSONError(
                message: "archive version \(header.version.map(String.init) ?? "missing"); this Newsdesk reads "
                    + "version \(BlogArchive.currentVersion)")
        }
        do {
            return try decoder.decode(BlogArchive.self, from: data)
        } catch {
            throw ArchiveJSONError(message: Self.describe(error))
        }
    }

    /// A decoding error as one line: what is wrong, at which key path.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return keys.isEmpty ? "" : " at \(keys)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\"\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription)\(path(context))"
        @unknown default: return "\(error)"
        }
    }
}

/// A JSON archive that cannot be read.
public struct ArchiveJSONError: Error, CustomStringConvertible, Equatable {
    /// What is wrong.
    public var message: String
    public var description: String { message }
}
