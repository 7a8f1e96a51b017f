import Hummingbird
import HummingbirdCore
import NIOCore
import NIOHTTPTypes

/// Closes a connection that is too slow at any step of a request: the head must be complete within the
/// header timeout (counted from connecting, or from the first byte after a response), the body within the
/// body timeout of the head, and a kept-alive connection must start its next request within the idle
/// timeout. It also counts the connection in and out of the `ConnectionRegistry`, telling it when the
/// connection is busy with a request.
///
/// It sits after the HTTP decoder, where it sees heads and ends of requests and responses; the first byte of
/// a new request comes from `ByteArrivalHandler`, which it puts in front of the decoder.
///
/// A phase's limit is a time to compare with, checked by one timer per connection that ticks at a fortieth of
/// the shortest limit (25–250 ms), so a connection is closed at most one tick after its limit. Scheduling and
/// cancelling a timer at each phase of each request was a tenth of the time a cached page took (bench/pages).
final class RequestDeadlineHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private enum Phase {
        /// Waiting for a complete head: a new connection, or bytes of a next request have come.
        case awaitingHead
        /// The head is in; the body is arriving.
        case readingBody
        /// The request is in; the answer is being made and written.
        case responding
        /// Between requests on a kept-alive connection.
        case idle
    }

    private let limits: ConnectionLimits
    private let registry: ConnectionRegistry
    private var phase = Phase.awaitingHead
    /// Requests whose response has not ended (more than one when the client pipelines).
    private var inFlight = 0
    /// When the current phase's limit runs out; `nil` while a request is being answered.
    private var deadline: NIODeadline?
    private var ticker: Scheduled<Void>?
    /// How often the ticker checks the deadline.
    private let tick: TimeAmount
    private var registration: UInt64?
    /// What the registry was last told.
    private var isBusy = false
    /// Told when the next response ends with no request left: ``RawHitHandler`` handed a request on alone.
    weak var whenAnswered: RawHitHandler?

    init(limits: ConnectionLimits, registry: ConnectionRegistry) {
        self.limits = limits
        self.registry = registry
        let shortest = min(limits.headerTimeout, limits.bodyTimeout, limits.idleTimeout)
        tick = TimeAmount(min(max(shortest / 40, .milliseconds(25)), .milliseconds(250)))
    }

    func handlerAdded(context: ChannelHandlerContext) {
        try? context.pipeline.syncOperations.addHandler(ByteArrivalHandler(owner: self), position: .first)
        registration = registry.register(context.channel)
        arm(limits.headerTimeout)
        scheduleTick(context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        finish()
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish()
        context.fireChannelInactive()
    }

    /// Bytes came in before the decoder: after a response, they start the next request's head.
    func bytesArrived() {
        guard phase == .idle else { return }
        phase = .awaitingHead
        arm(limits.headerTimeout)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            inFlight += 1
            phase = .readingBody
            setBusy(true)
            arm(limits.bodyTimeout)
        case .body:
            break
        case .end:
            phase = .responding
            disarm()
            // The answer may have been sent before the body was read (a refusal); then this is the end.
            if inFlight == 0 { becomeIdle() }
        }
        context.fireChannelRead(data)
    }

    /// Requests were answered from the bytes before the decoder (``RawHitHandler``): the connection is between
    /// requests again. A call rather than an event sent through the pipeline, which was 3% of a hit in `perf`.
    func cacheHitsAnswered() {
        if inFlight == 0 { becomeIdle() }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .end = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        inFlight = max(0, inFlight - 1)
        if inFlight == 0, phase == .responding { becomeIdle() }
        context.write(data, promise: promise)
        // After the end went on its way, so a hit read next is written behind it.
        if inFlight == 0, let waiting = whenAnswered {
            whenAnswered = nil
            waiting.routerAnswered()
        }
    }

    private func becomeIdle() {
        phase = .idle
        setBusy(false)
        arm(limits.idleTimeout)
    }

    private func arm(_ timeout: Duration) {
        deadline = .now() + TimeAmount(timeout)
    }

    private func disarm() {
        deadline = nil
    }

    /// Closes the connection once its deadline has passed, else looks again a tick later.
    private func scheduleTick(context: ChannelHandlerContext) {
        ticker = context.eventLoop.assumeIsolated().scheduleTask(in: tick) { [weak self] in
            guard let self, self.registration != nil else { return }
            if let deadline = self.deadline, deadline <= .now() {
                context.close(promise: nil)
            } else {
                self.scheduleTick(context: context)
            }
        }
    }

    /// Tells the registry only of a change: a cache hit on an idle connection changes nothing there.
    private func setBusy(_ busy: Bool) {
        guard busy != isBusy else { return }
        isBusy = busy
        if let registration { registry.setBusy(registration, busy) }
    }

    private func finish() {
        disarm()
        ticker?.cancel()
        ticker = nil
        if let registration { registry.unregister(registration) }
        registration = nil
    }
}

/// Tells the `RequestDeadlineHandler` when bytes arrive, before the decoder has made anything of them.
final class ByteArrivalHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private weak var owner: RequestDeadlineHandler?

    init(owner: RequestDeadlineHandler) {
        self.owner = owner
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        owner?.bytesArrived()
        context.fireChannelRead(data)
    }
}
