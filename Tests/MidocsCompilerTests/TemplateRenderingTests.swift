import Mustache
import Testing

@testable import MidocsCompiler

/// Pages print their values as `TemplateText`, escaped by `TemplateHTMLEscaping`; both must
/// print what Mustache prints for a plain string with its own escaping.
struct TemplateRenderingTests {
    static let template = "[{{value}}] {{#value}}opens{{/value}}{{^value}}inverted{{/value}} [{{{value}}}] [{{value.missing}}]"

    @Test(arguments: ["plain", "", "<a href=\"x\">Tom & Jerry's</a>", "Å <ü> 😀 & ' \"", "&amp;", "\u{0}>", "\r\n<"])
    func fastPrintingMatchesMustache(_ value: String) throws {
        let plain = try MustacheTemplate(string: Self.template).render(["value": value])
        #expect(try render(Self.template, value: value) == plain)
    }

    /// Mustache compares whole characters, so it leaves a `<` that carries a combining mark;
    /// bytes are escaped wherever they stand.
    @Test func escapesAnAngleBracketThatCarriesAMark() throws {
        #expect(try render("{{value}}", value: "<\u{0338}b>") == "&lt;\u{0338}b&gt;")
    }

    private func render(_ template: String, value: String) throws -> String {
        _ = TemplateHTMLEscaping.registered
        let escaped = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(TemplateHTMLEscaping.name) }}" + template)
        return escaped.render(["value": TemplateText(value)])
    }
}
