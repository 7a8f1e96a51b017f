import HTTPTypes
import NIOCore

extension CachedPage {
    /// The headers every response carries besides the page's own.
    struct ResponseStamp {
        let requestID: String
        let date: String
        let server: String
    }

    /// What ``rawResponse(isHead:requestFields:stamp:allocator:images:)`` sends.
    struct RawResponse {
        let status: HTTPResponse.Status
        /// The body's length (what a GET gets; a HEAD is told it too).
        let bodyLength: Int
        /// The bytes to write, in order: one buffer for an ordinary page.
        let buffers: [ByteBuffer]
    }

    /// The whole HTTP/1.1 response to a plain GET or HEAD as bytes: the same status and headers as
    /// ``reply(to:)`` gives the router, then the body. An ordinary page goes as one buffer (one `write`), from
    /// its image on `images`; a long one as the head and the buffers around its token, which are not copied.
    func rawResponse(
        isHead: Bool, requestFields: HTTPFields, stamp: ResponseStamp, allocator: ByteBufferAllocator,
        images: ResponseImageShelf
    ) -> RawResponse {
        if isNotModified(requestFields) {
            var notModified = headers
            notModified[.contentType] = nil
            var head = allocator.buffer(capacity: 512)
            head.writeStaticString("HTTP/1.1 304 Not Modified\r\n")
            head.writeImmutableBuffer(Self.encoded(notModified))
            Self.write(stamp, to: &head)
            return RawResponse(status: .notModified, bodyLength: 0, buffers: [head])
        }
        let filler = fillHole?() ?? ""
        let bodyLength = head.readableBytes + filler.utf8.count + (tail?.readableBytes ?? 0)
        if !isHead && bodyLength <= Self.copyLimit {
            let buffer = images.response(to: self, stamp: stamp, filler: filler, allocator: allocator)
            return RawResponse(status: .ok, bodyLength: bodyLength, buffers: [buffer])
        }
        var buffer = allocator.buffer(capacity: 256 + encodedHeaders.readableBytes)
        writeOKHead(bodyLength: bodyLength, stamp: stamp, to: &buffer)
        var buffers = [buffer]
        if !isHead {
            buffers.append(head)
            if let tail { buffers += [ByteBuffer(string: filler), tail] }
        }
        return RawResponse(status: .ok, bodyLength: bodyLength, buffers: buffers)
    }

    /// The status line and headers of a 200 response with a body of `bodyLength` bytes; where the request id
    /// and the date were written.
    @discardableResult
    func writeOKHead(bodyLength: Int, stamp: ResponseStamp, to buffer: inout ByteBuffer) -> StampRanges {
        buffer.writeStaticString("HTTP/1.1 200 OK\r\n")
        buffer.writeImmutableBuffer(encodedHeaders)
        buffer.writeStaticString("Content-Length: ")
        buffer.writeString(String(bodyLength))
        buffer.writeStaticString("\r\n")
        return Self.write(stamp, to: &buffer)
    }

    /// Where a response's request id and date lie in its buffer.
    struct StampRanges {
        let requestID: Range<Int>
        let date: Range<Int>
    }

    /// The request id, date and server headers, then the blank line that ends the head.
    @discardableResult
    private static func write(_ stamp: ResponseStamp, to buffer: inout ByteBuffer) -> StampRanges {
        buffer.writeStaticString("X-Request-Id: ")
        let idStart = buffer.writerIndex
        buffer.writeString(stamp.requestID)
        let idEnd = buffer.writerIndex
        buffer.writeStaticString("\r\nDate: ")
        let dateStart = buffer.writerIndex
        buffer.writeString(stamp.date)
        let dateEnd = buffer.writerIndex
        buffer.writeStaticString("\r\nServer: ")
        buffer.writeString(stamp.server)
        buffer.writeStaticString("\r\n\r\n")
        return StampRanges(requestID: idStart..<idEnd, date: dateStart..<dateEnd)
    }

    /// `Name: value\r\n` for each field, in order.
    static func encoded(_ fields: HTTPFields) -> ByteBuffer {
        var buffer = ByteBuffer()
        for field in fields {
            buffer.writeString(field.name.rawName)
            buffer.writeStaticString(": ")
            buffer.writeString(field.value)
            buffer.writeStaticString("\r\n")
        }
        return buffer
    }
}
