import Foundation

/// Refuses a `multipart/form-data` body whose part header names hold a byte past ASCII, before MultipartKit's
/// parser sees it: that parser (4.7.1) looks each header-name byte up in a table of 128 entries, and a byte of
/// 128 or more stops the whole server on an index out of range instead of refusing the form.
///
/// It follows the body as the parser will, byte by byte across chunks: the delimiter `--boundary` and the rest
/// of its line, then header lines up to the empty one, in each of which the bytes before the colon are the
/// name. Header values (a UTF-8 file name) and the parts' contents may hold any byte.
struct MultipartHeaderGuard {
    private enum Place {
        /// A part's content (or the preamble): looking for the delimiter.
        case content
        /// The rest of the delimiter's line, `dashes` of its first bytes being `-` (two end the body).
        case delimiterLine(dashes: Int)
        /// A header line's name, `length` bytes of it so far.
        case headerName(length: Int)
        case headerValue
        /// After the closing delimiter, where the parser reads nothing.
        case epilogue
    }

    private let delimiter: [UInt8]
    /// For each prefix of the delimiter, how long a prefix of it is also its end (Knuth–Morris–Pratt), so that a
    /// delimiter overlapping a false start (`---boundary`) is still found.
    private let fallback: [Int]
    private var matched = 0
    private var place = Place.content

    /// A guard for parts separated by `boundary`.
    init(boundary: String) {
        delimiter = Array("--\(boundary)".utf8)
        var fallback = [0]
        var length = 0
        for byte in delimiter.dropFirst() {
            while length > 0, byte != delimiter[length] { length = fallback[length - 1] }
            if byte == delimiter[length] { length += 1 }
            fallback.append(length)
        }
        self.fallback = fallback
    }

    /// Whether every header name in `bytes` (the body's next chunk) is ASCII so far.
    ///
    /// Inside a part's content it skips with `memchr` to the next `-`, the only byte that can begin the
    /// delimiter: an image's megabytes then cost a few scans, not a step of the state machine each.
    mutating func accepts(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index < bytes.count {
            switch place {
            case .epilogue: return true
            case .content where matched == 0:
                guard let found = memchr(base + index, Int32(UInt8(ascii: "-")), bytes.count - index) else {
                    return true
                }
                index = base.distance(to: UnsafeRawPointer(found))
            default: break
            }
            if !accepts(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    private mutating func accepts(_ byte: UInt8) -> Bool {
        let (lineFeed, carriageReturn, colon, dash): (UInt8, UInt8, UInt8, UInt8) = (10, 13, 58, 45)
        switch place {
        case .content:
            while matched > 0, byte != delimiter[matched] { matched = fallback[matched - 1] }
            if byte == delimiter[matched] { matched += 1 }
            if matched == delimiter.count { (matched, place) = (0, .delimiterLine(dashes: 0)) }
        case .delimiterLine(let dashes):
            if byte == dash, dashes < 2 {
                place = dashes == 1 ? .epilogue : .delimiterLine(dashes: 1)
            } else if byte == lineFeed {
                place = .headerName(length: 0)
            } else {
                place = .delimiterLine(dashes: 2)
            }
        case .headerName(let length):
            if byte == lineFeed {
                place = length == 0 ? .content : .headerName(length: 0)
            } else if byte == colon {
                place = .headerValue
            } else if byte == carriageReturn, length == 0 {
                break  // the empty line's CR
            } else if byte >= 128 {
                return false
            } else {
                place = .headerName(length: length + 1)
            }
        case .headerValue:
            if byte == lineFeed { place = .headerName(length: 0) }
        case .epilogue:
            break
        }
        return true
    }
}
