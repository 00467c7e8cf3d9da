import Foundation

/// Links that never die: every page and heading anchor a previous version published must
/// still resolve, or site.yml's `redirects` must say where it went. Moved pages get a small
/// page that forwards (meta refresh and a link); moved anchors are mapped in
/// `redirects.json`, which site.js reads when a page is opened at an anchor it lacks.
public struct LinkContinuity: Sendable {
    /// A published address that the new site lacks and no redirect covers.
    public struct Gap: Sendable, Hashable, CustomStringConvertible {
        /// `faq.html` or `faq.html#old-anchor`.
        public var address: String
        /// Where the previous version had it.
        public var location: SourceLocation
        /// Why a redirect given for it does not help, if one was.
        public var problem: String?

        public var message: String {
            "\(address) was published and is gone: " + (problem ?? "add it to site.yml's redirects, such as \"\(address)\": \"new-page.html#new-anchor\"")
        }

        public var description: String { "\(location): error: \(message)" }
    }

    public let gaps: [Gap]
    /// Moved pages, old path to target, for the forwarding pages.
    public let movedPages: [String: String]
    /// Moved anchors, `page.html#anchor` to target.
    public let movedAnchors: [String: String]

    public init(previous: Spec, current: Spec, redirects: [String: String]) {
        let addresses = Self.addresses(of: current)
        var gaps: [Gap] = []
        var movedPages: [String: String] = [:]
        var movedAnchors: [String: String] = [:]
        func resolve(_ address: String, _ location: SourceLocation) {
            guard !addresses.contains(address) else { return }
            let page = String(address.split(separator: "#", maxSplits: 1)[0])
            let target = redirects[address] ?? (address == page ? nil : redirects[page].map { Self.carry(address, to: $0) })
            guard let target else {
                gaps.append(Gap(address: address, location: location))
                return
            }
            guard addresses.contains(target) else {
                gaps.append(Gap(address: address, location: location, problem: "its redirect goes to \(target), which the new site does not have"))
                return
            }
            if address == page { movedPages[page] = target } else { movedAnchors[address] = target }
        }
        for page in previous.pages {
            resolve(page.outputPath, page.location)
            for heading in page.headings { resolve("\(page.outputPath)#\(heading.id)", heading.location) }
        }
        self.gaps = gaps.sorted { $0.location < $1.location }
        self.movedPages = movedPages
        self.movedAnchors = movedAnchors
    }

    /// `old.html#a` under a page redirect to `new.html` is `new.html#a` when the new page has
    /// that anchor; the caller checks.
    private static func carry(_ address: String, to pageTarget: String) -> String {
        guard !pageTarget.contains("#"), let hash = address.firstIndex(of: "#") else { return pageTarget }
        return pageTarget + address[hash...]
    }

    /// Every page and anchor the site has: `page.html` and `page.html#id`.
    static func addresses(of spec: Spec) -> Set<String> {
        var addresses = Set<String>()
        for page in spec.pages {
            addresses.insert(page.outputPath)
            for id in page.headings.map(\.id) + (page.anchors ?? []) { addresses.insert("\(page.outputPath)#\(id)") }
        }
        return addresses
    }

    /// The forwarding pages and the anchor map, as files of the site.
    public func makeFiles() -> [Asset] {
        var files = movedPages.sorted { $0.key < $1.key }.map { old, target in
            Asset(path: old, data: Data(Self.forwardingPage(from: old, to: target).utf8))
        }
        if !movedAnchors.isEmpty {
            let data = (try? JSONSerialization.data(withJSONObject: movedAnchors, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
            files.append(Asset(path: "redirects.json", data: data + Data("\n".utf8)))
        }
        return files
    }

    /// A JavaScript string's content: quotes, backslashes and `<` escaped.
    private static func scriptString(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "<", with: "\\u003C")
    }

    /// A page whose only job is to send the browser on; links relative to its own folder.
    static func forwardingPage(from old: String, to target: String) -> String {
        let depth = old.split(separator: "/").count - 1
        let href = HTMLEscaping.escape(String(repeating: "../", count: depth) + target)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Moved</title>
            <meta http-equiv="refresh" content="0; url=\(href)">
            <script>window.location.replace("\(Self.scriptString(String(repeating: "../", count: depth) + target))"\(target.contains("#") ? "" : " + window.location.hash"));</script>
            <link rel="canonical" href="\(href)">
            </head>
            <body>
            <p>This page moved to <a href="\(href)">\(HTMLEscaping.escape(target))</a>.</p>
            </body>
            </html>

            """
    }
}
