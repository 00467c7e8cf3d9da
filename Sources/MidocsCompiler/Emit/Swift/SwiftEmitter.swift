/// Generates the Swift client types from the spec model: one file for scopes, one for error
/// codes, one for the endpoint catalogue, and one per operation.
struct SwiftEmitter {
    let spec: Spec
    /// The runtime the generated code builds on and the service's naming rules.
    let rules: SwiftClientRules
    private var runtimeModule: String { rules.runtimeModule }

    /// Nil when the spec's profile brings no client runtime.
    init?(spec: Spec) {
        guard let rules = spec.profile.flatMap(Profile.named)?.swiftClient else { return nil }
        self.spec = spec
        self.rules = rules
    }

    func emit() -> [OutputFile] {
        let renderer = SwiftRenderer()
        return makeFiles().map { OutputFile(path: "\($0.name).swift", text: renderer.render($0)) }.sorted { $0.path < $1.path }
    }

    /// Everything in one file, for the build-tool plugin: SwiftPM must know a build
    /// command's outputs before it runs, and one name is known without reading the docs.
    func emitSingleFile(named name: String) -> OutputFile {
        let files = makeFiles().sorted { $0.name < $1.name }
        let merged = SwiftDeclaration.File(name: name, imports: ["Foundation", runtimeModule], declarations: files.flatMap(\.declarations))
        return OutputFile(path: "\(name).swift", text: SwiftRenderer().render(merged))
    }

    private func makeFiles() -> [SwiftDeclaration.File] {
        var files = [makeScopeFile(), makeErrorCodeFile(), makeEndpointFile()]
        let names = typeNames
        let scopes = scopeNames
        files += spec.operations.map {
            SwiftOperationEmitter(operation: $0, typeName: names[$0.id]!, scopeNames: scopes, rules: rules).makeFile()
        }
        return files.map { file in
            var file = file
            file.imports = ["Foundation", runtimeModule]
            return file
        }
    }

    /// Operation type names, made unique: a second "Get the profile" gets a number.
    var typeNames: [String: String] {
        var names: [String: String] = [:]
        var used: Set<String> = ["Scope", "OAuthErrorCode", "Endpoint", "Endpoints"]
        for operation in spec.operations {
            var name = SwiftNaming.typeName(operation.title)
            var counter = 2
            while used.contains(name) {
                name = SwiftNaming.typeName(operation.title) + String(counter)
                counter += 1
            }
            used.insert(name)
            names[operation.id] = name
        }
        return names
    }

    /// Scope case names by id: "The user's profile" is `profile`.
    var scopeNames: [Int: String] {
        var names: [Int: String] = [:]
        var used = Set<String>()
        for scope in spec.scopes where names[scope.id] == nil {
            var name = SwiftNaming.caseName(describing: scope.description.plain)
            if name == "value" || used.contains(name) { name = "scope\(scope.id)" }
            used.insert(name)
            names[scope.id] = name
        }
        return names
    }

    private func makeScopeFile() -> SwiftDeclaration.File {
        let names = scopeNames
        var seen = Set<Int>()
        let cases = spec.scopes.filter { seen.insert($0.id).inserted }.map { scope -> SwiftDeclaration in
            let name = names[scope.id]!
            let apis = scope.apis.map(\.name).joined(separator: ", ")
            return .case(
                name: name, rawValue: .integer(Int64(scope.id)),
                documentation: SwiftDocumentation.lines(scope.description.plain) + (apis.isEmpty ? [] : ["", "Used by: \(apis)."]))
        }
        return SwiftDeclaration.File(
            name: "Scope", imports: [],
            declarations: [
                .enum(
                    name: "Scope", conformances: ["Int", "ScopeValue", "Hashable", "CaseIterable", "Codable"],
                    documentation: ["A permission an app asks the user for, by the id of the docs' scope table."],
                    members: cases)
            ])
    }

    private func makeErrorCodeFile() -> SwiftDeclaration.File {
        let cases = spec.errorCodes.map { error -> (name: String, error: ErrorCode) in
            (SwiftNaming.caseName(constant: error.name), error)
        }
        let name = SwiftStatement.switch(
            .identifier("self"), cases.map { .init(.member(nil, $0.name), .return(.string($0.error.name))) })
        let description = SwiftStatement.switch(
            .identifier("self"), cases.map { .init(.member(nil, $0.name), .return(.string($0.error.description.plain))) })
        return SwiftDeclaration.File(
            name: "OAuthErrorCode", imports: [],
            declarations: [
                .enum(
                    name: "OAuthErrorCode", conformances: ["Int", "Sendable", "Hashable", "CaseIterable", "Codable", "DocumentedErrorCode"],
                    documentation: ["An error the OAuth service reports, by its numeric code."],
                    members: cases.map { entry in
                        .case(
                            name: entry.name, rawValue: .integer(Int64(entry.error.code)),
                            documentation: ["`\(entry.error.name)`: " + entry.error.description.plain])
                    } + [
                        .computedProperty(
                            name: "name", type: "String", isStatic: false, body: [name],
                            documentation: ["The constant's name in the docs, such as `OA_INVALID_CODE`."]),
                        .computedProperty(
                            name: "explanation", type: "String", isStatic: false, body: [description],
                            documentation: ["What the code means, from the docs' error table."]),
                    ]),
                .extension(
                    type: rules.errorType, conformances: [],
                    members: [
                        .computedProperty(
                            name: "code", type: "OAuthErrorCode?", isStatic: false,
                            body: [.return(.call(.identifier("documentedCode"), []))],
                            documentation: [
                                "The documented error code, when the service's code is one: by number, by name, or by its RFC 6749",
                                "name (`access_denied`).",
                            ])
                    ]),
            ])
    }

    private func makeEndpointFile() -> SwiftDeclaration.File {
        let names = typeNames
        let endpoints = spec.operations.map { operation -> SwiftDeclaration in
            let name = SwiftNaming.memberName(names[operation.id]!)
            return .property(
                name: name, type: "Endpoint", isStatic: true, isLet: true,
                value: SwiftOperationEmitter.endpointExpression(operation, scopeNames: scopeNames),
                documentation: SwiftDocumentation.lines(operation.title))
        }
        let all = SwiftDeclaration.property(
            name: "all", type: "[Endpoint]", isStatic: true, isLet: true,
            value: .array(spec.operations.map { .member(nil, SwiftNaming.memberName(names[$0.id]!)) }),
            documentation: ["Every documented operation, in the order of the docs."])
        return SwiftDeclaration.File(
            name: "Endpoints", imports: [],
            declarations: [Self.endpointType, .extension(type: "Endpoint", conformances: [], members: endpoints + [all])])
    }

    /// `struct Endpoint { id, title, method, url, scopes, discriminator }`.
    private static let endpointType: SwiftDeclaration = {
        func constant(_ name: String, _ type: String, _ documentation: String) -> SwiftDeclaration {
            .property(name: name, type: type, isStatic: false, isLet: true, value: nil, documentation: [documentation])
        }
        func initializer(_ fields: [(String, String)]) -> SwiftDeclaration {
            .initializer(
                parameters: fields.map { SwiftDeclaration.Parameter($0.0, $0.1) }, throwing: nil,
                body: fields.map { .assignment(.member(.identifier("self"), $0.0), .identifier($0.0)) }, documentation: [])
        }
        let discriminator = SwiftDeclaration.struct(
            name: "Discriminator", conformances: ["Sendable", "Hashable"],
            documentation: ["What tells apart operations that share a method and URL: `response_type=code`."],
            members: [
                constant("parameter", "String", "The parameter whose fixed value differs."),
                constant("value", "String", "This operation's value of it."),
                initializer([("parameter", "String"), ("value", "String")]),
            ])
        let fields = [
            ("id", "String", "A stable id: the page and the heading, `open-api.get-the-user-profile`."),
            ("title", "String", "The operation's title in the docs."),
            ("method", "String", "The HTTP method."),
            ("url", "String", "The URL without a query."),
            ("scopes", "[Scope]", "The scopes the user must have granted."),
            ("discriminator", "Discriminator?", "Set when another operation shares the method and URL."),
        ]
        return .struct(
            name: "Endpoint", conformances: ["Sendable", "Hashable"],
            documentation: ["A documented operation in the catalogue, `Endpoint.all`."],
            members: [discriminator] + fields.map { constant($0.0, $0.1, $0.2) } + [initializer(fields.map { ($0.0, $0.1) })])
    }()
}
