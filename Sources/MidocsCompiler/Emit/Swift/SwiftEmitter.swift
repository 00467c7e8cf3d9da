/// Generates the Swift client types from the spec model: one file for scopes, one for error
/// codes, one for the endpoint catalogue, and one per operation.
struct SwiftEmitter {
    let spec: Spec

    func emit() -> [OutputFile] {
        var files = [makeScopeFile(), makeErrorCodeFile(), makeEndpointFile()]
        let names = typeNames
        let scopes = scopeNames
        files += spec.operations.map {
            SwiftOperationEmitter(operation: $0, typeName: names[$0.id]!, scopeNames: scopes).makeFile()
        }
        let renderer = SwiftRenderer()
        return files.map { OutputFile(path: "\($0.name).swift", text: renderer.render($0)) }.sorted { $0.path < $1.path }
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
                    name: "Scope", conformances: ["Int", "Sendable", "Hashable", "CaseIterable", "Codable"],
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
                    name: "OAuthErrorCode", conformances: ["Int", "Sendable", "Hashable", "CaseIterable", "Codable"],
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
                    ])
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
            declarations: [.extension(type: "Endpoint", conformances: [], members: endpoints + [all])])
    }
}
