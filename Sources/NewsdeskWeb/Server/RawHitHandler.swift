import Dispatch
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NewsdeskCore

/// Answers plain GET and HEAD requests for fresh cached pages from the connection's bytes, ahead of the HTTP
/// decoder: no parsing into header objects, no conversion to HTTP types and back, one write of one buffer.
///
/// What it sends is what ``CacheHitHandler`` and the router send for the same request (``CachedPage``'s
/// status, headers and body, `X-Request-Id`, `Date`, `Server`), with the same metrics and log line
/// (``RequestObserver``). It reads only heads that need no judgement (``PlainRequestHead``); at the first
/// request that is not one, or not a cache hit, or does not arrive whole in one read, it hands that request and
/// everything after it on the connection to the decoder, for good. Nothing is then waiting to be answered, so
/// responses keep the order of requests; and heads that trickle in byte by byte meet the decoder's limits and
/// the header timeout as before.
final class RawHitHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let hits: CacheHitAnswering
    /// Set for good once a request went to the decoder, or the server is draining.
    private var passingOn = false
    private var date = DateHeader()
    private var peer = ConnectionPeer()
    private var deadlineHandler = Lookup.unknown

    private enum Lookup {
        case unknown
        case found(RequestDeadlineHandler?)
    }

    init(_ hits: CacheHitAnswering) {
        self.hits = hits
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !passingOn else {
            context.fireChannelRead(data)
            return
        }
        var buffer = unwrapInboundIn(data)
        var answered = false
        while buffer.readableBytes > 0,
            let head = buffer.withUnsafeReadableBytes({ PlainRequestHead($0) }),
            let page = hits.cache.page(head.cacheKey)
        {
            answer(head, with: page, context: context)
            buffer.moveReaderIndex(forwardBy: head.length)
            answered = true
        }
        if answered {
            context.flush()
            deadlines(context)?.cacheHitsAnswered()
        }
        if buffer.readableBytes > 0 {
            passingOn = true
            context.fireChannelRead(wrapInboundOut(buffer))
        }
    }

    /// Not passed on while every request on the connection was answered here: the handlers after this one
    /// have read nothing, so there is nothing for them to complete. Passing it through them all was 4% of a hit in
    /// `perf`.
    func channelReadComplete(context: ChannelHandlerContext) {
        if passingOn { context.fireChannelReadComplete() }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        // A draining server closes each connection after its next answer: the router does that.
        if event is ChannelShouldQuiesceEvent { passingOn = true }
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
            stamp: .init(requestID: id, date: date.now(), server: hits.serverName), allocator: context.channel.allocator
        )
        for buffer in response.buffers { context.write(NIOAny(buffer), promise: nil) }

        hits.record(
            page, method: head.isHead ? .head : .get, path: head.path, status: response.status,
            bytes: head.isHead || response.status != .ok ? 0 : response.bodyLength, since: started, requestID: id
        ) { hits.client(of: head.fields, peer: &peer, context: context) }
    }
}
