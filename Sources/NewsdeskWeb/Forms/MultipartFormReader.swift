import MultipartKit
import NIOCore

/// Reads a `multipart/form-data` body (RFC 7578) as it arrives, chunk by chunk, with MultipartKit's parser:
/// the caller counts the bytes against its limit before each chunk, so an oversized upload is refused while
/// it is being read, not after.
///
/// Not `Sendable`: one request's task feeds it.
final class MultipartFormReader {
    private let parser: MultipartParser
    private var form = SubmittedForm()
    private var headers: [(name: String, value: String)] = []
    private var content = ByteBuffer()
    private var partIsOpen = false
    private var refusal: String?
    /// The body's last bytes, where the closing delimiter must be: without it the body was cut short.
    private var tail: [UInt8] = []
    private let closingDelimiter: [UInt8]
    /// Keeps bytes the parser would crash on from reaching it.
    private var headerGuard: MultipartHeaderGuard

    /// A reader for parts separated by `boundary` (the `Content-Type` header's parameter).
    init(boundary: String) {
        parser = MultipartParser(boundary: boundary)
        closingDelimiter = Array("--\(boundary)--".utf8)
        headerGuard = MultipartHeaderGuard(boundary: boundary)
        parser.onHeader = { [unowned self] name, value in
            partIsOpen = true
            headers.append((name, value))
        }
        parser.onBody = { [unowned self] chunk in
            partIsOpen = true
            content.writeBuffer(&chunk)
        }
        parser.onPartComplete = { [unowned self] in completePart() }
    }

    /// The boundary of a `multipart/form-data` `Content-Type`, or `nil` when it names none usable (RFC 2046:
    /// 1 to 70 characters).
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let quoted = pair[1].count >= 2 && pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"")
            let value = quoted ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Parses the next chunk of the body.
    func read(_ chunk: ByteBuffer) throws(FormReadingError) {
        guard chunk.withUnsafeReadableBytes({ headerGuard.accepts($0) }) else {
            throw .malformed("a part's header name holds a character other than ASCII letters, digits and signs")
        }
        do {
            try parser.execute(chunk)
        } catch {
            throw .malformed("its parts are not separated as its boundary says")
        }
        if let refusal { throw .malformed(refusal) }
        tail.append(contentsOf: chunk.readableBytesView)
        let keep = closingDelimiter.count + 256
        if tail.count > 2 * keep { tail.removeFirst(tail.count - keep) }
    }

    /// The form, once the whole body was read; refused when it ended before its closing delimiter.
    func finish() throws(FormReadingError) -> SubmittedForm {
        guard !partIsOpen, tail.firstRange(of: closingDelimiter) != nil else {
            throw .malformed("it ended before its last part did (the upload was cut short)")
        }
        return form
    }

    private func completePart() {
        defer {
            headers = []
            content = ByteBuffer()
            partIsOpen = false
        }
        guard
            let disposition = headers.first(where: { $0.name.lowercased() == "content-disposition" })
                .flatMap({ ContentDisposition($0.value) })
        else {
            refusal = "a part does not say which field it is"
            return
        }
        let bytes = Array(content.readableBytesView)
        if let filename = disposition.filename {
            guard !filename.isEmpty || !bytes.isEmpty else { return }  // a file input left empty
            let type = headers.first { $0.name.lowercased() == "content-type" }?.value
            form.add(
                UploadedFile(filename: filename, contentType: type ?? "application/octet-stream", bytes: bytes),
                as: disposition.name)
        } else {
            form.fields.append(String(decoding: bytes, as: UTF8.self), to: disposition.name)
        }
    }
}

/// Why a submitted form could not be read.
enum FormReadingError: Error, Equatable {
    /// Larger than the limit of the form it was sent to.
    case tooLarge
    /// Not well-formed; the text says how, as the end of a sentence.
    case malformed(String)
}
