import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NewsdeskCore

/// Answers plain GET and HEAD requests for cached pages (``PageCache/page(_:)``) from the connection's bytes, ahead
/// of the HTTP decoder: no parsing into header objects, no conversion to HTTP types and back, one write of one
/// buffer.
///
/// What it sends is what ``CacheHitHandler`` and the router send for the same request (``CachedPage``'s
/// status, headers and body, `X-Request-Id`, `Date`, `Server`), with the same metrics and log line
/// (``RequestObserver``). It reads only heads that need no judgement (``PlainRequestHead``); at the first
/// request that is not one, or does not arrive whole in one read, it hands that request and everything after it
/// on the connection to the decoder, for good. Nothing is then waiting to be answered, so responses keep the
/// order of requests; and heads that trickle in byte by byte meet the decoder's limits and the header timeout as
/// before.
///
/// A plain request that is not a cache hit (a page not rendered yet, a search) is handed on alone when it is the
/// last thing read: it has no body, so the decoder takes it whole and keeps nothing. Once the router has answered
/// it (``RequestDeadlineHandler`` sees the response end with no request left), the connection's next requests
/// are read here again. A browser's or a proxy's kept-alive connection thus meets one uncached page without
/// losing this path for the rest of its life. Bytes that come before that answer go to the decoder, for good.
final class RawHitHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let hits: CacheHitAnswering
    private var mode = Mode.fromBytes
    /// Whether this read's bytes went on to the decoder, which then needs the read's completion.
    private var passedOnThisRead = false
    private var date = DateHeader()
    private var peer = ConnectionPeer()
    private var deadlineHandler = Lookup.unknown
    /// The response images of this connection's event loop.
    private let images: ResponseImageShelf

    private enum Mode {
        /// Requests are read here.
        case fromBytes
        /// One plain request went on to the decoder alone; back to reading here once the router answered it.
        case awaitingRouter
        /// Everything goes on to the decoder: a request that needed it, or the server is draining.
        case toDecoder
    }

    private enum Lookup {
        case unknown
        case found(RequestDeadlineHandler?)
    }

    /// A handler answering from `hits`, with `images`, the shelf of the event loop its connection is on.
    init(_ hits: CacheHitAnswering, images: ResponseImageShelf) {
        self.hits = hits
        self.images = images
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard mode == .fromBytes else {
            // Bytes before the router's answer may be a pipelined request: the decoder keeps their order.
            mode = .toDecoder
            passOn(data, context: context)
            return
        }
        var buffer = unwrapInboundIn(data)
        var answered = false
        var aloneAndPlain = false
        while buffer.readableBytes > 0, let head = buffer.withUnsafeReadableBytes({ PlainRequestHead($0) }) {
            guard let page = hits.cache.page(head.cacheKey) else {
                aloneAndPlain = head.length == buffer.readableBytes
                break
            }
            answer(head, with: page, context: context)
            buffer.moveReaderIndex(forwardBy: head.length)
            answered = true
        }
        let deadlines = deadlines(context)
        if answered {
            context.flush()
            deadlines?.cacheHitsAnswered()
        }
        if buffer.readableBytes > 0 {
            if aloneAndPlain, let deadlines {
                mode = .awaitingRouter
                deadlines.whenAnswered = self
            } else {
                mode = .toDecoder
            }
            passOn(wrapInboundOut(buffer), context: context)
        }
    }

    /// The router answered the request handed on alone, and no other came meanwhile: read the next ones here.
    func routerAnswered() {
        if mode == .awaitingRouter { mode = .fromBytes }
    }

    private func passOn(_ data: NIOAny, context: ChannelHandlerContext) {
        passedOnThisRead = true
        context.fireChannelRead(data)
    }

    /// Not passed on while every request of the read was answered here: the handlers after this one have read
    /// nothing, so there is nothing for them to complete. Passing it through them all was 4% of a hit in `perf`.
    func channelReadComplete(context: ChannelHandlerContext) {
        if passedOnThisRead || mode == .toDecoder { context.fireChannelReadComplete() }
        passedOnThisRead = false
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // A draining server closes each connection after its next answer: the router does that.
        if event is ChannelShouldQuiesceEvent { mode = .toDecoder }
        context.fireUserInboundEventTriggered(event)
    }

    /// The connection's time limits, which must hear that it is idle again; looked up once.
    private func deadlines(_ context: ChannelHandlerContext) -> RequestDeadlineHandler? {
        if case .unknown = deadlineHandler {
            deadlineHandler = .found(try? context.pipeline.syncOperations.handler(type: RequestDeadlineHandler.self))
        }
        guard case .found(let handler) = deadlineHandler else { return nil }
        return handler
    }

    private func answer(_ head: PlainRequestHead, with page: CachedPage, context: ChannelHandlerContext) {
        let started = DispatchTime.now().uptimeNanoseconds
        let id = HitRequestID.next()
        let response = page.rawResponse(
            isHead: head.isHead, requestFields: head.fields,
            stamp: .init(requestID: id, date: date.now(), server: hits.serverName),
            allocator: context.channel.allocator,
            images: images)
        for buffer in response.buffers { context.write(NIOAny(buffer), promise: nil) }

        hits.record(
            page, method: head.isHead ? .head : .get, path: head.path, status: response.status,
            bytes: head.isHead || response.status != .ok ? 0 : response.bodyLength, since: started, requestID: id
        ) { hits.client(of: head.fields, peer: &peer, context: context) }
    }
}
