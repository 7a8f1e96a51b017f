import Foundation
import NewsdeskImport

/// What an import reader may do with any bytes: read them, or refuse them with an ``ImportError`` whose
/// message is a sentence (not a library's error number or a Foundation error's dump) and whose place is a
/// real one. Any other error, a crash, or a refusal that only the parser's entity callbacks caught (the
/// prolog check was passed by) stops the run.
public enum ImportRefusalCheck {
    public static func require(_ input: FuzzInput, reading read: (Data) throws -> Any) {
        let data = Data(input.bytes)
        do {
            _ = try read(data)
        } catch let error as ImportError {
            let message = error.message
            FuzzCheck.require(!message.isEmpty, "an empty refusal")
            FuzzCheck.require(error.line >= 0 && error.column >= 0, "a refusal at \(error.line):\(error.column)")
            for pattern in ["XML error", "Error Domain", "NSCocoaErrorDomain", "Optional("] {
                FuzzCheck.require(!message.contains(pattern), "a refusal that is no sentence: \(message)")
            }
            FuzzCheck.require(
                !message.contains("declares the entity") && !message.contains("declares the external entity"),
                "an entity declaration got past the prolog check: \(message)")
        } catch {
            FuzzCheck.require(false, "not an ImportError: \(error)")
        }
    }
}
