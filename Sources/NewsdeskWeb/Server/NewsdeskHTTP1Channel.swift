import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 channel with ``RawHitHandler`` in front of its decoder: Hummingbird's configuration
/// adds handlers only after the decoder, and the raw handler must see the bytes first.
struct NewsdeskHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    /// Makes the handler for a connection on the given event loop.
    let makeRawHitHandler: @Sendable (any EventLoop) -> RawHitHandler

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        do {
            try channel.pipeline.syncOperations.addHandler(makeRawHitHandler(channel.eventLoop))
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
