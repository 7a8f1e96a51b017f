/// The Porter stem of a lower-case word, as SQLite's FTS5 `porter` tokenizer makes it (its steps, conditions and
/// exceptions, byte for byte), so a search passage marks the words the index matched: "militaries" for
/// "military" (both `militari`), "nitbarsan" for "nitbarsanely".
///
/// Words shorter than three bytes or longer than 64 are left as they are, as FTS5 leaves them.
public enum PorterStem {
    public static func stem(_ word: some Collection<UInt8>) -> [UInt8] {
        var buffer = Array(word)
        guard buffer.count >= 3 && buffer.count <= 64 else { return buffer }
        step1a(&buffer)
        if step1b(&buffer) && !step1bRestore(&buffer) {
            let last = buffer[buffer.count - 1]
            if !isVowel(last, yIsVowel: false) && last != l && last != s && last != z
                && last == buffer[buffer.count - 2]
            {
                buffer.removeLast()
            } else if measure(buffer[...]) == 1 && endsConsonantVowelConsonant(buffer[...]) {
                buffer.append(e)
            }
        }
        // Step 1c.
        if buffer.last == y && hasVowel(buffer.dropLast()) { buffer[buffer.count - 1] = i }
        replace(&buffer, step2) { stem, _ in measure(stem) > 0 }
        replace(&buffer, step3) { stem, _ in measure(stem) > 0 }
        replace(&buffer, step4) { stem, suffix in
            // "ion" goes only after an s or a t.
            measure(stem) > 1 && (suffix != ion || stem.last == s || stem.last == t)
        }
        // Step 5a.
        if buffer.last == e {
            let stem = buffer.dropLast()
            let m = measure(stem)
            if m > 1 || (m == 1 && !endsConsonantVowelConsonant(stem)) { buffer.removeLast() }
        }
        // Step 5b.
        if buffer.count > 1 && buffer[buffer.count - 1] == l && buffer[buffer.count - 2] == l
            && measure(buffer.dropLast()) > 1
        {
            buffer.removeLast()
        }
        return buffer
    }

    private static let (e, i, l, s, t, y, z) = (
        UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "t"),
        UInt8(ascii: "y"), UInt8(ascii: "z")
    )

    /// sses → ss, ies → i, ss → ss, s → "".
    private static func step1a(_ word: inout [UInt8]) {
        let count = word.count
        guard word[count - 1] == s else { return }
        if word[count - 2] == e {
            let dropsTwo =
                (count > 4 && word[count - 4] == s && word[count - 3] == s) || (count > 3 && word[count - 3] == i)
            word.removeLast(dropsTwo ? 2 : 1)
        } else if word[count - 2] != s {
            word.removeLast()
        }
    }

    /// eed → ee when m > 0; ed and ing go when the rest has a vowel. True when ed or ing went.
    private static func step1b(_ word: inout [UInt8]) -> Bool {
        if word.count > 3 && word.suffix(3).elementsEqual("eed".utf8) {
            if measure(word.dropLast(3)) > 0 { word.removeLast() }
            return false
        }
        for suffix in ["ed", "ing"]
        where word.count > suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            guard hasVowel(word.dropLast(suffix.utf8.count)) else { return false }
            word.removeLast(suffix.utf8.count)
            return true
        }
        return false
    }

    /// After ed or ing went: at → ate, bl → ble, iz → ize. True when one applied.
    private static func step1bRestore(_ word: inout [UInt8]) -> Bool {
        for ending in ["at", "bl", "iz"] where word.count > 2 && word.suffix(2).elementsEqual(ending.utf8) {
            word.append(e)
            return true
        }
        return false
    }

    /// Suffix and replacement, in the order FTS5 tries them.
    private static let step2 = rules([
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("logi", "log"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"),
        ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"),
        ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
    ])
    private static let step3 = rules([
        ("ical", "ic"), ("ness", ""), ("icate", "ic"), ("iciti", "ic"), ("ful", ""), ("ative", ""), ("alize", "al"),
    ])
    private static let step4 = rules([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""), ("ant", ""),
        ("ement", ""), ("ment", ""), ("ent", ""), ("ion", ""), ("ou", ""), ("ism", ""), ("ate", ""), ("iti", ""),
        ("ous", ""), ("ive", ""), ("ize", ""),
    ])
    private static let ion = Array("ion".utf8)

    /// Rules as bytes, made once.
    private static func rules(_ pairs: [(String, String)]) -> [(suffix: [UInt8], replacement: [UInt8])] {
        pairs.map { (Array($0.0.utf8), Array($0.1.utf8)) }
    }

    /// The first rule whose suffix ends `word` and shares its next-to-last letter, as FTS5 picks it (a switch on
    /// that letter, then the suffixes in order); applied when the stem before it meets `condition`.
    private static func replace(
        _ word: inout [UInt8], _ rules: [(suffix: [UInt8], replacement: [UInt8])],
        when condition: (ArraySlice<UInt8>, [UInt8]) -> Bool
    ) {
        guard word.count >= 2 else { return }
        for (suffix, replacement) in rules {
            // FTS5 only tries the suffixes whose next-to-last letter is the word's.
            guard suffix[suffix.count - 2] == word[word.count - 2] else { continue }
            guard word.count > suffix.count, word.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let stem = word.dropLast(suffix.count)
            if condition(stem, suffix) { word = Array(stem) + replacement }
            return
        }
    }

    private static func isVowel(_ byte: UInt8, yIsVowel: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), e, i, UInt8(ascii: "o"), UInt8(ascii: "u"): return true
        case y: return yIsVowel
        default: return false
        }
    }

    /// *v*: a vowel anywhere (y after the first letter counts).
    private static func hasVowel(_ stem: ArraySlice<UInt8>) -> Bool {
        stem.enumerated().contains { isVowel($0.element, yIsVowel: $0.offset > 0) }
    }

    /// m in [C](VC)^m[V], counted as FTS5 counts it: up to 2, which is all its conditions ask.
    private static func measure(_ stem: ArraySlice<UInt8>) -> Int {
        var count = 0
        var rest = stem
        var previousIsConsonant = false
        while count < 2, let end = gobbleVowelConsonant(rest, previousIsConsonant: previousIsConsonant) {
            count += 1
            rest = rest.dropFirst(end)
            previousIsConsonant = true
        }
        return count
    }

    /// FTS5's `fts5PorterGobbleVC`: how many bytes up to and including the first consonant after a vowel.
    private static func gobbleVowelConsonant(_ stem: ArraySlice<UInt8>, previousIsConsonant: Bool) -> Int? {
        var isConsonant = previousIsConsonant
        var index = stem.startIndex
        while index < stem.endIndex {
            isConsonant = !isVowel(stem[index], yIsVowel: isConsonant)
            if !isConsonant { break }
            index += 1
        }
        index += 1
        while index < stem.endIndex {
            isConsonant = !isVowel(stem[index], yIsVowel: isConsonant)
            if isConsonant { return index - stem.startIndex + 1 }
            index += 1
        }
        return nil
    }

    /// *o: the stem ends consonant, vowel, consonant, the last not w, x or y.
    private static func endsConsonantVowelConsonant(_ stem: ArraySlice<UInt8>) -> Bool {
        guard let last = stem.last, last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != y else {
            return false
        }
        var mask = 0
        var isConsonant = false
        for byte in stem {
            isConsonant = !isVowel(byte, yIsVowel: isConsonant)
            mask = ((mask << 1) + (isConsonant ? 1 : 0)) & 0b111
        }
        return mask == 0b101
    }
}
