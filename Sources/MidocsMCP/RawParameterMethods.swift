import MCP

// The methods whose parameters the server reads itself: decoded by the SDK's types, a
// parameter of the wrong type (`"uri": 5`) would be an internal error, where JSON-RPC
// asks for invalid params (-32602) naming what is wrong.

/// `tools/list`, its parameters as sent.
enum ToolListing: Method {
    static let name = ListTools.name
    typealias Parameters = Value
    typealias Result = ListTools.Result
}

/// `tools/call`, its parameters as sent.
enum ToolCall: Method {
    static let name = CallTool.name
    typealias Parameters = Value
    typealias Result = CallTool.Result
}

/// `resources/list`, its parameters as sent.
enum ResourceListing: Method {
    static let name = ListResources.name
    typealias Parameters = Value
    typealias Result = ListResources.Result
}

/// `resources/read`, its parameters as sent.
enum ResourceReading: Method {
    static let name = ReadResource.name
    typealias Parameters = Value
    typealias Result = ReadResource.Result
}
