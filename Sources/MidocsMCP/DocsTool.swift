import Foundation
import MCP

/// One tool of the server: what it is called and does, the JSON Schemas of its input and
/// of its structured output, and the answer it gives from the loaded docs. Tools only read.
struct DocsTool: Sendable {
    var name: String
    var title: String
    var description: String
    var input: ToolInput
    var outputSchema: Value
    /// The answer; throws an `MCPError` for an argument the schema allows but the tool
    /// cannot take (a URL that is no URL).
    var answer: @Sendable (ToolArguments, LoadedDocs) throws -> CallTool.Result

    /// What `tools/list` shows of it.
    var definition: Tool {
        Tool(
            name: name, title: title, description: description, inputSchema: input.schema,
            annotations: .init(title: title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false),
            outputSchema: outputSchema)
    }

    /// A found answer: the structured output, and the same JSON as text for clients that
    /// read only text, as the MCP specification recommends.
    static func found(_ answer: some Codable) throws -> CallTool.Result {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(answer), as: UTF8.self)
        let structured: Value? = try Value(answer)
        return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: structured, isError: false)
    }

    /// An answer that says the docs hold nothing of the kind: a tool error the model reads,
    /// not a protocol error.
    static func notFound(_ message: String) -> CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }
}
