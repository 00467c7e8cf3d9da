import Foundation
import Testing

@testable import MidocsCompiler

/// content/ builds with the Mi Account profile and without one: the general compiler reads
/// the same operations, scopes and error codes; the profile adds its worked examples, their
/// checks, the MAC security scheme and the Swift client.
struct ProfileTests {
    private static func content(profile: String?) throws -> Content {
        var content = try TestSupport.loadRepositoryContent()
        content.configuration.profile = profile
        return content
    }

    @Test func contentBuildsWithAndWithoutTheProfile() throws {
        let with = compile(try Self.content(profile: "mi-account"))
        let without = compile(try Self.content(profile: nil))
        #expect(with.diagnostics.isEmpty && without.diagnostics.isEmpty)
        #expect(with.spec.operations == without.spec.operations)
        #expect(with.spec.scopes == without.spec.scopes && with.spec.errorCodes == without.spec.errorCodes)
        #expect(!with.spec.profileFacts.facts(SignatureExample.self).isEmpty)
        #expect(without.spec.profileFacts == ProfileFacts())
        #expect(!without.outputs.isEmpty && Array(without.outputs).contains { $0.path == "mac-signature-verification.html" })
    }

    @Test func onlyTheProfileAddsItsKeysSecurityAndClient() throws {
        let with = compile(try Self.content(profile: "mi-account")).spec
        let without = compile(try Self.content(profile: nil)).spec
        let keys = { (spec: Spec) throws -> Set<String> in
            let object = try JSONSerialization.jsonObject(with: SpecJSONEmitter.makeJSON(spec)) as? [String: Any]
            return Set(try #require(object).keys)
        }
        #expect(try keys(with).subtracting(keys(without)) == ["signatureExamples", "redirectURIExamples"])
        #expect(OpenAPIEmitter(spec: with).makeDocument().components.securitySchemes.count == 2)
        #expect(OpenAPIEmitter(spec: without).makeDocument().components.securitySchemes.isEmpty)
        #expect(makeSwiftSources(with) != nil && makeSwiftSources(without) == nil)
    }

    /// A wrong worked signature is an error only where the profile knows the rule.
    @Test func theSignatureCheckComesWithTheProfile() throws {
        var broken = try Self.content(profile: "mi-account")
        let index = try #require(broken.files.firstIndex { $0.path == "mac-signature-verification.md" })
        let signature = try #require(
            compile(broken).spec.profileFacts.facts(SignatureExample.self).first?.signature.value)
        broken.files[index].text = broken.files[index].text.replacingOccurrences(of: signature, with: "AAAA" + signature.dropFirst(4))
        #expect(compile(broken).diagnostics.contains { $0.code == .signatureMismatch })
        broken.configuration.profile = nil
        #expect(!compile(broken).diagnostics.contains { $0.severity == .error })
    }

    @Test func anUnknownProfileIsAConfigurationError() {
        let (_, diagnostics) = SiteConfiguration.parse("title: T\nprofile: mi-acount\n", path: "site.yml")
        #expect(diagnostics.map(\.code) == [.invalidConfiguration])
        #expect(diagnostics.first?.message.contains("mi-account") == true)
    }
}
