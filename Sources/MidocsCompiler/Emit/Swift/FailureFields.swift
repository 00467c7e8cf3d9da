/// Which fields of a documented failure hold its error code and its explanation, by the
/// names APIs give them, most specific first: an Open API failure has both `result`
/// ("error") and `code`, and the code is `code`.
public enum FailureFields {
    public static let codeNames = ["error_code", "errcode", "errorCode", "code", "error"]
    public static let descriptionNames = ["error_description", "errorDescription", "error_msg", "errmsg", "message", "msg", "description"]

    public static func code(in fields: [Field]) -> Field? {
        first(of: codeNames, in: fields)
    }

    public static func description(in fields: [Field]) -> Field? {
        first(of: descriptionNames, in: fields)
    }

    private static func first(of names: [String], in fields: [Field]) -> Field? {
        names.lazy.compactMap { name in fields.first { $0.name == name } }.first
    }
}
