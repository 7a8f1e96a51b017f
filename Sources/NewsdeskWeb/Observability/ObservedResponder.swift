import Dispatch
import HTTPTypes
import Hummingbird
import Logging

/// The outermost responder: every request the router answers gets an `X-Request-Id` on its response (the id
/// its log lines carry), one log line, and its count and time in the metrics (``RequestObserver``).
struct ObservedResponder<Inner: HTTPResponder>: HTTPResponder where Inner.Context == NewsdeskRequestContext {
    let inner: Inner
    let observer: RequestObserver

    func respond(to request: Request, context: NewsdeskRequestContext) async throws -> Response {
        let started = DispatchTime.now().uptimeNanoseconds
        do {
            var response = try await inner.respond(to: request, context: context)
            response.headers[.xRequestID] = context.id
            record(request, status: response.status, bytes: response.body.contentLength, since: started, context)
            return response
        } catch {
            // Errors the router's error page did not turn into a response (it catches the rest).
            let status = (error as? any HTTPResponseError)?.status ?? .internalServerError
            record(request, status: status, bytes: nil, since: started, context)
            throw error
        }
    }

    private func record(
        _ request: Request, status: HTTPResponse.Status, bytes: Int?, since started: UInt64,
        _ context: NewsdeskRequestContext
    ) {
        observer.record(
            method: request.method, path: request.uri.path,
            route: context.endpointPath.map(RequestMetrics.routeLabel) ?? RequestMetrics.unmatchedRoute,
            status: status, bytes: bytes, since: started, requestID: context.id, logger: context.logger
        ) { context.clientAddress(of: request, trustedProxies: observer.trustedProxies) }
    }
}

extension HTTPField.Name {
    /// The id of the request, as its log lines carry it.
    static let xRequestID = HTTPField.Name("X-Request-Id")!
}
