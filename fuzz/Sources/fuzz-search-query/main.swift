import FuzzSupport
import NewsdeskCore

/// Any search box input: at most `maxTerms` terms of words that are letters and digits only, none empty or
/// longer than `maxWordLength`, so no input reaches FTS5 or tsquery as an operator, a quote or a control.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSearchQuery(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let input = FuzzInput(data, count).text
    let query = SearchQuery(input)
    FuzzCheck.require(
        query.terms.count <= SearchQuery.maxTerms, "\(query.terms.count) terms for \(input.debugDescription)")
    for term in query.terms {
        if case .phrase(let words) = term {
            FuzzCheck.require(words.count > 1, "a phrase of \(words) for \(input.debugDescription)")
        }
    }
    for word in query.words {
        FuzzCheck.require(
            !word.isEmpty && word.count <= SearchQuery.maxWordLength * 2,
            "word \(word.debugDescription) for \(input.debugDescription)")
        for scalar in word.unicodeScalars where scalar.isASCII || scalar.properties.generalCategory == .control {
            let ascii = Character(scalar)
            FuzzCheck.require(
                ascii.isLowercase || ascii.isNumber,
                "\(scalar.debugDescription) in word \(word.debugDescription) for \(input.debugDescription)")
        }
    }
    return 0
}

FuzzDriver.run(fuzzSearchQuery)
