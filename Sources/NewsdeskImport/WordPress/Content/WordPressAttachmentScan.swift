import Foundation
import NewsdeskCore

/// The light first pass over an export that collects its attachments for `[gallery]`: only `<item>`s of
/// type `attachment` are looked at, and only their id, parent, order, address and title kept.
final class WordPressAttachmentScan: XMLEventHandler {
    private(set) var attachments = WordPressAttachments()
    private var fields: [String: String]?
    private var title = ""

    func didStart(_ element: XMLElementStart) throws {
        if element.depth == 3 && element.name == XMLName("", "item") {
            fields = [:]
            title = ""
        }
    }

    func didEnd(_ element: XMLElementEnd) throws {
        switch element.depth {
        case 3 where element.name == XMLName("", "item"):
            if let fields, fields["post_type"] == "attachment" {
                attachments.add(
                    .init(
                        id: fields["post_id"] ?? "", url: fields["attachment_url"] ?? "", title: title,
                        parent: fields["post_parent"] ?? "", menuOrder: Int(fields["menu_order"] ?? "") ?? 0))
            }
            fields = nil
        case 4 where fields != nil:
            let name = element.name
            if name == XMLName("", "title") {
                title = PlainText.fromHTML(element.text.value)
            } else if WordPressNamespace.isExport(name.namespace),
                ["post_type", "post_id", "post_parent", "menu_order", "attachment_url"].contains(name.local),
                fields?[name.local] == nil
            {
                fields?[name.local] = element.text.trimmed
            }
        default: break
        }
    }
}
