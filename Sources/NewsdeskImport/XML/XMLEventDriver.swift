import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's streaming `XMLParser` over one file for one reader: resolves namespaces (attributes
/// too), collects each element's text, refuses entity declarations, and turns the parser's errors (which
/// `parse()` does not always report) into `ImportError`s with line and column. One driver serves one parse,
/// on one thread; it is never shared.
final class XMLEventDriver: NSObject, XMLParserDelegate {
    private let format: ImportSource
    private let handler: any XMLEventHandler
    /// Prefix → the URIs it is bound to, innermost last.
    private var prefixes: [String: [String]] = [:]
    private var declaredHere: [String] = []
    private var depth = 0
    private var text = ElementCharacterData()
    private var failure: (any Error)?
    private var rootName: XMLName?
    private var rootClosed = false
    /// Whether a failure the repair pass may mend is thrown as `Repairable` rather than as it is.
    private let offersRepair: Bool
    private var failureIsRepairable = false

    /// A failure the repair pass may mend: the file is not well-formed in a way it knows (or its root lacks
    /// its namespace). `error` is what to say if the repair finds nothing to mend.
    struct Repairable: Error {
        var error: ImportError
    }

    private init(format: ImportSource, handler: any XMLEventHandler, offersRepair: Bool) {
        self.format = format
        self.handler = handler
        self.offersRepair = offersRepair
    }

    /// Parses `data` (put into UTF-8 first), handing its events to `handler`; throws the first problem (as
    /// `Repairable` when `offersRepair` and the repair pass may mend it).
    static func parse(
        _ data: Data, as format: ImportSource, into handler: any XMLEventHandler, offersRepair: Bool = false
    ) throws {
        let data = try parserInput(data, as: format)
        let driver = XMLEventDriver(format: format, handler: handler, offersRepair: offersRepair)
        try driver.run(XMLParser(data: data))
    }

    /// `data` in UTF-8 once its encoding and prolog pass the checks, which is all the parser is ever given.
    static func parserInput(_ data: Data, as format: ImportSource) throws -> Data {
        let data = try ExportDecoding.utf8(data)
        try check(data.withUnsafeBytes { PrologScanner.scan($0, isComplete: true) }, format: format)
        return data
    }

    /// Parses the file at `url` (put into UTF-8 first) as a stream (memory stays flat however large the
    /// file), handing its events to `handler`; throws the first problem (as `Repairable` when `offersRepair`
    /// and the repair pass may mend it).
    static func parse(
        contentsOf url: URL, as format: ImportSource, into handler: any XMLEventHandler, offersRepair: Bool = false
    ) throws {
        try ExportDecoding.withUTF8File(url) { url in
            try check(try scanHead(of: url), format: format)
            guard let stream = InputStream(url: url) else {
                throw ImportError("\(url.path): no such file, or it cannot be read", line: 0, column: 0)
            }
            let driver = XMLEventDriver(format: format, handler: handler, offersRepair: offersRepair)
            try driver.run(XMLParser(stream: stream))
        }
    }

    /// The most of a file's start read for the prolog scan; exports have a few hundred bytes before their
    /// first element, and a file with more is refused rather than read into memory.
    static let longestProlog = 16 << 20

    /// Reads as much of the file's start as the prolog scan needs (usually one chunk).
    private static func scanHead(of url: URL) throws -> PrologScanner.Verdict {
        let file = try ExportDecoding.open(url)
        defer { try? file.close() }
        var head = Data()
        while true {
            guard head.count <= longestProlog else {
                throw XMLPosition.start.error("refused: the file has more than 16 MB before its first element")
            }
            let chunk = try ExportDecoding.reading(url) { try file.read(upToCount: max(65_536, head.count)) ?? Data() }
            head.append(chunk)
            let verdict = head.withUnsafeBytes { PrologScanner.scan($0, isComplete: chunk.isEmpty) }
            if verdict != .needMoreBytes { return verdict }
        }
    }

    private static func check(_ verdict: PrologScanner.Verdict, format: ImportSource) throws {
        switch verdict {
        case .declaresEntities(let position):
            throw position.error(
                "refused: the file's DOCTYPE declares entities, which can expand without bound "
                    + "(an entity-expansion or \"billion laughs\" attack); no \(format.displayName) export does that"
            )
        case .internalSubset(let position):
            throw position.error(
                "refused: the file's DOCTYPE has an internal subset ([…]), where entities and other declarations "
                    + "are made; no \(format.displayName) export has one")
        case .externalDTD(let position):
            throw position.error(
                "refused: the file's DOCTYPE names an external DTD (SYSTEM or PUBLIC) or holds more than a name; "
                    + "no \(format.displayName) export has one, and none is ever fetched")
        case .safe, .needMoreBytes:
            break
        }
    }

    private func run(_ parser: XMLParser) throws {
        parser.shouldProcessNamespaces = true
        parser.shouldReportNamespacePrefixes = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        _ = parser.parse()
        parser.delegate = nil
        if failure == nil, let error = parser.parserError, !XMLSyntax.isWarning((error as NSError).code) {
            // `parse()` can finish with an error the delegate never heard of.
            failure = syntaxError(error, at: XMLPosition(line: parser.lineNumber, column: parser.columnNumber))
        }
        if let failure {
            if offersRepair && failureIsRepairable, let failure = failure as? ImportError {
                throw Repairable(error: failure)
            }
            throw failure
        }
        guard rootName != nil else {
            throw XMLPosition.start.error("not a \(format.displayName) export: the file has no XML element")
        }
        guard rootClosed else {
            let end = XMLPosition(line: parser.lineNumber, column: parser.columnNumber)
            throw end.error("the file ends in the middle of the document (is it cut off?)")
        }
    }

    private func fail(_ error: any Error, _ parser: XMLParser) {
        guard failure == nil else { return }
        failure = error
        parser.abortParsing()
    }

    private func position(_ parser: XMLParser) -> XMLPosition {
        XMLPosition(line: parser.lineNumber, column: parser.columnNumber)
    }

    // MARK: Parser events

    func parser(_ parser: XMLParser, didStartMappingPrefix prefix: String, toURI namespaceURI: String) {
        prefixes[prefix, default: []].append(namespaceURI)
        declaredHere.append(namespaceURI)
    }

    func parser(_ parser: XMLParser, didEndMappingPrefix prefix: String) {
        _ = prefixes[prefix]?.popLast()
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        guard failure == nil else { return }
        depth += 1
        text = ElementCharacterData()
        let name = XMLName(namespaceURI ?? "", elementName)
        if rootName == nil { rootName = name }
        let start = XMLElementStart(
            name: name, attributes: resolve(attributeDict), depth: depth, position: position(parser),
            declaredNamespaces: declaredHere
        )
        declaredHere = []
        do {
            try handler.didStart(start)
        } catch {
            // A root refused for its name or namespaces may only lack declarations the repair can add.
            if depth == 1 && error is ImportError { failureIsRepairable = true }
            fail(error, parser)
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        guard failure == nil else { return }
        let end = XMLElementEnd(
            name: XMLName(namespaceURI ?? "", elementName), text: text, depth: depth, position: position(parser)
        )
        text = ElementCharacterData()
        depth -= 1
        if depth == 0 { rootClosed = true }
        do { try handler.didEnd(end) } catch { fail(error, parser) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        text.append(text: string)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        guard failure == nil else { return }
        text.append(cdata: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        // libxml2 reports some warnings here too (a namespace URI with non-ASCII letters); they do not stop it.
        guard !XMLSyntax.isWarning((parseError as NSError).code) else { return }
        fail(syntaxError(parseError, at: position(parser)), parser)
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: any Error) {
        fail(syntaxError(validationError, at: position(parser)), parser)
    }

    // The prolog scan already refuses entity declarations; these catch any the scan could not see, on
    // platforms whose parser reports them.
    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        fail(position(parser).error("refused: the file declares the entity &\(name);"), parser)
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        fail(position(parser).error("refused: the file declares the external entity &\(name);"), parser)
    }

    // MARK: Helpers

    /// Attribute names arrive with their prefixes (`dsq:id`); bind them to the URIs in scope.
    private func resolve(_ attributes: [String: String]) -> XMLAttributes {
        guard !attributes.isEmpty else { return XMLAttributes() }
        var resolved: [XMLName: String] = [:]
        for (qualified, value) in attributes {
            if let colon = qualified.firstIndex(of: ":") {
                let prefix = String(qualified[..<colon])
                let local = String(qualified[qualified.index(after: colon)...])
                resolved[XMLName(prefixes[prefix]?.last ?? prefix, local)] = value
            } else {
                resolved[XMLName("", qualified)] = value
            }
        }
        return XMLAttributes(resolved)
    }

    private func syntaxError(_ error: any Error, at position: XMLPosition) -> ImportError {
        let code = (error as NSError).code
        if failure == nil { failureIsRepairable = XMLSyntax.isRepairable(code) }
        guard rootName != nil else {
            let reason = code == 4 ? "no XML element was found" : XMLSyntax.reason(code: code, rootIsOpen: false)
            return position.error("not a \(format.displayName) export: the file is not XML (\(reason))")
        }
        let reason = XMLSyntax.reason(code: code, rootIsOpen: !rootClosed)
        return position.error("the file is not well-formed XML: \(reason)")
    }
}
