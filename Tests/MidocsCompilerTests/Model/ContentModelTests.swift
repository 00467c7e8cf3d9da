import Foundation
import Testing

@testable import MidocsCompiler

/// The whole model of the real content/, against the facts of the Mi Account service.
struct ContentModelTests {
    /// The facts of an operation, without prose or positions, so that rewording a page does
    /// not change it but changing a fact does.
    struct OperationFacts: Encodable {
        struct ParameterFacts: Encodable {
            var name: String, placement: String, type: String, isRequired: Bool, fixedValue: String?
        }
        struct FieldFacts: Encodable {
            var name: String, type: String, isRequired: Bool, fields: [FieldFacts]
        }
        struct ResponseFacts: Encodable {
            var outcome: String, delivery: String, bodyPrefix: String?, fields: [FieldFacts], exampleLanguages: [String]
        }
        var id: String, method: String, url: String, scopes: [Int], discriminator: String?, rateLimit: String?
        var parameters: [ParameterFacts]
        var responses: [ResponseFacts]

        init(_ operation: MidocsCompiler.Operation) {
            id = operation.id
            method = operation.method?.rawValue ?? "-"
            url = operation.url?.description ?? "-"
            scopes = operation.scopes.map(\.id)
            discriminator = operation.discriminator?.description
            rateLimit = operation.rateLimit
            parameters = operation.parameters.map {
                ParameterFacts(
                    name: $0.name, placement: $0.placement.rawValue, type: $0.type?.description ?? "-",
                    isRequired: $0.isRequired == true, fixedValue: $0.fixedValue)
            }
            responses = operation.responses.map {
                ResponseFacts(
                    outcome: $0.outcome.rawValue, delivery: $0.delivery.rawValue, bodyPrefix: $0.bodyPrefix,
                    fields: $0.fields.map(Self.facts), exampleLanguages: $0.examples.map(\.language))
            }
        }

        static func facts(_ field: Field) -> FieldFacts {
            FieldFacts(
                name: field.name, type: field.type?.description ?? "-", isRequired: field.isRequired == true,
                fields: field.fields.map(facts))
        }
    }

    private func spec() throws -> Spec {
        compile(try TestSupport.loadRepositoryContent()).spec
    }

    @Test func extractsEveryOperationScopeAndErrorCode() throws {
        let spec = try spec()
        #expect(spec.pages.count == 13)
        #expect(spec.operations.count == 9)
        #expect(spec.scopes.map(\.id) == [1, 2, 3, 4, 6, 1000, 2000, 6000, 7000, 11000, 12001, 13002, 16000])
        #expect(spec.errorCodes.map(\.code) == Array(96001...96013))
        #expect(spec.errorCodes.first { $0.code == 96013 }?.name == "OA_INVALID_CODE")
        let paths = Set(spec.operations.compactMap { $0.url?.path })
        #expect(paths == ["/oauth2/authorize", "/oauth2/token", "/user/profile", "/user/openidV2", "/user/phoneAndEmail", "/user/relation", "/checkPassword"])
        #expect(spec.scopes.first { $0.id == 4 }?.apis.map(\.name) == ["/user/phoneAndEmail"])
    }

    @Test func readsTheFactsOfEveryOperationAsReviewed() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var json = try encoder.encode(try spec().operations.map(OperationFacts.init))
        json.append(UInt8(ascii: "\n"))
        try Golden.check(json, against: "content-operations.json")
    }

    @Test func tellsApartTheOperationsThatShareAURL() throws {
        let discriminators = try spec().operations.compactMap { $0.discriminator?.description }.sorted()
        #expect(discriminators == ["grant_type=authorization_code", "grant_type=refresh_token", "response_type=code", "response_type=token"])
    }
}
