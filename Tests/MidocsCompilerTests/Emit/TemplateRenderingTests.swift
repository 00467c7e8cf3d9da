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

    /// The site's templates, partials included (Mustache starts each partial with its own
    /// escaping), print with this escaping.
    @Test func siteTemplatesAndTheirPartialsUseIt() throws {
        let page = SourceFile(path: "index.md", text: "# Less <\u{0338} than\n\nText.\n")
        let theme = Theme(templates: ["page": "<title>{{pageTitle}}</title>{{> links}}", "links": "{{#navigation}}{{#pages}}[{{title}}]{{/pages}}{{/navigation}}"], staticFiles: [])
        let compilation = compile(Content(files: [page], assets: [], configuration: SiteConfiguration(), theme: theme))
        let file = try #require(compilation.outputs.first { $0.path == "index.html" })
        let html = String(decoding: file.data, as: UTF8.self)
        #expect(html == "<title>Less &lt;\u{0338} than</title>[Less &lt;\u{0338} than]")
    }

    private func render(_ template: String, value: String) throws -> String {
        _ = TemplateHTMLEscaping.registered
        let escaped = try MustacheTemplate(string: TemplateHTMLEscaping.pragma + template)
        return escaped.render(["value": TemplateText(value)])
    }
}
