import Foundation

/// Reads `multipart/form-data` bodies (RFC 7578): the fields and files of a form with a file input.
///
/// Written here rather than taken from a package because forms need little of the format: parts separated by
/// a boundary, each with a `Content-Disposition` naming the field (and file) and an optional `Content-Type`.
struct MultipartParser: Sendable {
    let boundary: [UInt8]

    init(boundary: String) {
        self.boundary = Array("--\(boundary)".utf8)
    }

    /// The boundary parameter of a `Content-Type` header.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value =
                pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return value.isEmpty || value.count > 200 ? nil : value
        }
        return nil
    }

    /// The form, or `nil` when the body is not well-formed.
    func parse(_ body: [UInt8]) -> SubmittedForm? {
        var form = SubmittedForm()
        guard var start = Self.find(boundary, in: body, from: 0) else { return nil }
        while true {
            var index = start + boundary.count
            // After a boundary: `--` ends the body, CRLF starts a part.
            if body.count >= index + 2, body[index] == 45, body[index + 1] == 45 { return form }
            guard body.count >= index + 2, body[index] == 13, body[index + 1] == 10 else { return nil }
            index += 2
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: index),
                let next = Self.find([13, 10] + boundary, in: body, from: headerEnd + 4)
            else { return nil }
            let headers = String(decoding: body[index..<headerEnd], as: UTF8.self)
            let content = Array(body[(headerEnd + 4)..<next])
            guard let part = PartHeaders(headers) else { return nil }
            if let filename = part.filename {
                if !filename.isEmpty || !content.isEmpty {
                    form.files[part.name] = UploadedFile(
                        filename: filename, contentType: part.contentType ?? "application/octet-stream", bytes: content)
                }
            } else {
                form.fields.append((part.name, String(decoding: content, as: UTF8.self)))
            }
            start = next + 2
        }
    }

    /// Where `needle` first occurs in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = from
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}

/// The headers of one part.
private struct PartHeaders {
    let name: String
    let filename: String?
    let contentType: String?

    init?(_ text: String) {
        var name: String?
        var filename: String?
        var contentType: String?
        for line in text.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            switch pair[0].lowercased() {
            case "content-disposition":
                for parameter in value.split(separator: ";").dropFirst() {
                    let item = parameter.split(separator: "=", maxSplits: 1).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                    guard item.count == 2 else { continue }
                    let unquoted = item[1].hasPrefix("\"") ? String(item[1].dropFirst().dropLast()) : item[1]
                    if item[0] == "name" { name = unquoted }
                    if item[0] == "filename" { filename = unquoted }
                }
            case "content-type": contentType = value
            default: continue
            }
        }
        guard let name else { return nil }
        (self.name, self.filename, self.contentType) = (name, filename, contentType)
    }
}
