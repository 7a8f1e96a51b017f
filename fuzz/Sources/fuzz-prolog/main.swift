import Foundation
import FuzzSupport
@_spi(Fuzzing) import NewsdeskImport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Any bytes through the encoding and prolog checks: what they pass, the parser reads as UTF-8 without a
/// single declaration from a DOCTYPE (no entity, element, attribute or notation declaration, no external
/// subset), and what they refuse they refuse with a sentence.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzProlog(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(data, count)
    let parserInput: Data
    do {
        parserInput = try ImportParserInput.of(Data(input.bytes))
    } catch let error as ImportError {
        FuzzCheck.require(!error.message.isEmpty && !error.message.contains("XML error"), "refusal: \(error)")
        return 0
    } catch {
        FuzzCheck.require(false, "not an ImportError: \(error)")
        return 0
    }
    let watcher = DeclarationWatcher()
    let parser = XMLParser(data: parserInput)
    // As the import's own parse is set up (FoundationXML traps on some namespaced files otherwise).
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = watcher
    _ = parser.parse()
    FuzzCheck.require(watcher.declarations.isEmpty, "past the prolog check: \(watcher.declarations)")
    return 0
}

/// Records every declaration the parser reports, up to the root element (after which there are none).
final class DeclarationWatcher: NSObject, XMLParserDelegate {
    var declarations: [String] = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        declarations.append("entity \(name)")
    }

    func parser(
        _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        declarations.append("external entity \(name)")
    }

    func parser(_ parser: XMLParser, foundElementDeclarationWithName elementName: String, model: String) {
        declarations.append("element \(elementName)")
    }

    func parser(
        _ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
        type: String?, defaultValue: String?
    ) {
        declarations.append("attribute \(attributeName)")
    }

    func parser(
        _ parser: XMLParser, foundNotationDeclarationWithName name: String, publicID: String?, systemID: String?
    ) {
        declarations.append("notation \(name)")
    }

    func parser(
        _ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?, systemID: String?,
        notationName: String?
    ) {
        declarations.append("unparsed entity \(name)")
    }
}

FuzzDriver.run(fuzzProlog)
