/// What a reader does with the parser's events. Throwing stops the parse; the error (an `ImportError`, or
/// whatever a caller's `onPost`/`onComment` threw) comes out of the read unchanged.
protocol XMLEventHandler: AnyObject {
    func didStart(_ element: XMLElementStart) throws
    func didEnd(_ element: XMLElementEnd) throws
}
