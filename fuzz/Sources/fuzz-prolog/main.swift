import Foundation
import FuzzSupport
@_spi(Fuzzing) import NewsdeskImport

/// Any bytes through the encoding and prolog checks: what they pass goes to the parser as UTF-8 declared as
/// UTF-8 (or not declared), and what they refuse they refuse with a sentence. (Crossing this with a parse
/// by FoundationXML of the result, with a delegate of its own, trapped inside FoundationXML's callbacks on
/// seed files, so the cross-check is left to the reader targets, which use the import's own parse.)
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
    // libxml2 must not switch to another encoding than the one the checks read. It takes the start for a
    // declaration only when "<?xml" is followed by a space, tab or line break (else it is an instruction).
    let text = String(decoding: parserInput.prefix(4096), as: UTF8.self)
    let opening = Array(parserInput.prefix(6))
    let opensDeclaration =
        opening.count == 6 && opening.starts(with: "<?xml".utf8) && [0x20, 0x09, 0x0A, 0x0D].contains(opening[5])
    if opensDeclaration, let end = text.range(of: "?>") {
        let declaration = text[..<end.lowerBound].lowercased()
        FuzzCheck.require(
            !declaration.contains("encoding") || declaration.contains("\"utf-8\"") || declaration.contains("'utf-8'"),
            "the parser would read \(declaration.debugDescription)")
    }
    return 0
}

FuzzDriver.run(fuzzProlog)
