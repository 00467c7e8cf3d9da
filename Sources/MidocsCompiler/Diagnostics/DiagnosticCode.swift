/// Every kind of finding midocs reports, named by the stable kebab-case code that the
/// printed diagnostics, JSON, SARIF and site.yml's `diagnostics:` use.
///
/// README.md's diagnostics table lists the same codes, severities and summaries; a test
/// holds the two together, and another wants a fixture in Fixtures/Checks for each code.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable, CustomStringConvertible {
    // Links and pages
    case brokenLink = "broken-link"
    case brokenAnchor = "broken-anchor"
    case anchorScheme = "anchor-scheme"
    case missingFile = "missing-file"
    case duplicateSlug = "duplicate-slug"
    case readmeBesideIndex = "readme-beside-index"
    case duplicateHeadingID = "duplicate-heading-id"
    case unknownNavigationPage = "unknown-navigation-page"
    case pageNotInNavigation = "page-not-in-navigation"
    case missingTitle = "missing-title"
    case nestingTooDeep = "nesting-too-deep"
    // Tables, scopes and error codes
    case malformedTableRow = "malformed-table-row"
    case invalidTableValue = "invalid-table-value"
    case unknownScope = "unknown-scope"
    case unknownScopeAPI = "unknown-scope-api"
    case unusedScope = "unused-scope"
    case unknownErrorCode = "unknown-error-code"
    case duplicateErrorCode = "duplicate-error-code"
    // Operations
    case incompleteOperation = "incomplete-operation"
    case inferredMethod = "inferred-method"
    case duplicateOperation = "duplicate-operation"
    case repeatedOperation = "repeated-operation"
    case duplicateParameter = "duplicate-parameter"
    case htmlParameterTable = "html-parameter-table"
    case unknownType = "unknown-type"
    case unknownParameterLocation = "unknown-parameter-location"
    case unclearRequired = "unclear-required"
    case unknownLabel = "unknown-label"
    case unknownMethod = "unknown-method"
    case invalidURL = "invalid-url"
    case unknownDelivery = "unknown-delivery"
    // Examples
    case invalidJSONExample = "invalid-json-example"
    case unknownExampleKey = "unknown-example-key"
    case requestExampleMismatch = "request-example-mismatch"
    case missingExampleField = "missing-example-field"
    case exampleTypeMismatch = "example-type-mismatch"
    case unknownRedirectParameter = "unknown-redirect-parameter"
    case signatureMismatch = "signature-mismatch"
    case normalizedStringMismatch = "normalized-string-mismatch"
    case signatureExampleHost = "signature-example-host"
    case signatureExamplePath = "signature-example-path"
    case incompleteSignatureExample = "incomplete-signature-example"
    case redirectURIExample = "redirect-uri-example"
    // Configuration, templates and files
    case invalidConfiguration = "invalid-configuration"
    case invalidTemplate = "invalid-template"
    case missingTemplate = "missing-template"
    case notUTF8 = "not-utf8"
    case binaryFile = "binary-file"
    case unreadableFile = "unreadable-file"
    case notARegularFile = "not-a-regular-file"
    case brokenSymlink = "broken-symlink"
    case linkOutsideContent = "link-outside-content"

    /// The severity the compiler reports it at; site.yml and `--error`, `--warning` and
    /// `--ignore` may change it. A warning means the output is poorer, an error that it
    /// would be wrong.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .duplicateHeadingID, .pageNotInNavigation, .missingTitle, .nestingTooDeep, .unusedScope,
            .unclearRequired, .unknownLabel, .unknownDelivery, .notARegularFile, .incompleteOperation, .inferredMethod, .unknownType,
            .unknownParameterLocation, .unknownMethod, .invalidURL, .requestExampleMismatch, .readmeBesideIndex,
            .htmlParameterTable, .anchorScheme, .malformedTableRow, .invalidTableValue, .unknownNavigationPage,
            .invalidJSONExample, .brokenSymlink, .linkOutsideContent, .repeatedOperation,
            .duplicateOperation, .unknownErrorCode:
            return .warning
        case .brokenLink, .brokenAnchor, .missingFile, .duplicateSlug, .unknownScope, .unknownScopeAPI,
            .duplicateErrorCode, .duplicateParameter, .unknownExampleKey,
            .missingExampleField, .exampleTypeMismatch, .unknownRedirectParameter, .signatureMismatch,
            .normalizedStringMismatch, .signatureExampleHost, .signatureExamplePath, .incompleteSignatureExample,
            .redirectURIExample, .invalidConfiguration, .invalidTemplate, .missingTemplate, .notUTF8, .binaryFile,
            .unreadableFile:
            return .error
        }
    }

    /// What the code finds, in one line: "a scope id that the scope table does not list".
    public var summary: String {
        switch self {
        case .brokenLink: "a link to a page that the content folder does not have"
        case .brokenAnchor: "a link to a heading id that the linked page does not have"
        case .anchorScheme: "links to headings that would resolve under another generator's heading ids (site.yml `anchors:`)"
        case .missingFile: "a link or image whose file is not in the content folder"
        case .duplicateSlug: "two pages whose file names differ only in case"
        case .readmeBesideIndex: "a folder with both README.md and index.md, which are both its index page"
        case .duplicateHeadingID: "a heading that GitHub would give the same id as another"
        case .unknownNavigationPage: "a page in site.yml's navigation that has no Markdown file"
        case .pageNotInNavigation: "a page that no navigation group in site.yml lists"
        case .missingTitle: "a page with no heading to take its title from"
        case .nestingTooDeep: "lists or quotes nested deeper than midocs keeps"
        case .malformedTableRow: "a table row with more or fewer cells than its header"
        case .invalidTableValue: "a cell that is not the number, or the yes or no, its column holds"
        case .unknownScope: "a scope id that the scope table does not list"
        case .unknownScopeAPI: "a scope row naming an API path that no operation has"
        case .unusedScope: "a scope that names an API of these docs but no operation needs"
        case .unknownErrorCode: "an error code that the error table does not list"
        case .duplicateErrorCode: "an error table listing a number or name twice"
        case .incompleteOperation: "an operation with no URL"
        case .inferredMethod: "an operation that states no method, read with the one its section or page implies, or POST for a request body and GET otherwise"
        case .duplicateOperation: "two operations with the same method, URL and discriminator"
        case .repeatedOperation: "an operation documented again on another page, with the same method and URL"
        case .duplicateParameter: "a parameter table listing one name twice"
        case .htmlParameterTable: "an HTML table with a parameter table's columns that midocs cannot read"
        case .unknownType: "a parameter or field type that midocs does not know"
        case .unknownParameterLocation: "an In column value that is not a place a parameter can go"
        case .unclearRequired: "a Required cell that is neither yes nor no"
        case .unknownLabel: "an operation label that midocs does not know"
        case .unknownMethod: "a request method that is not an HTTP method"
        case .invalidURL: "a request URL that is empty or not a URL"
        case .unknownDelivery: "a response delivery that midocs does not know"
        case .invalidJSONExample: "a JSON example that does not parse"
        case .unknownExampleKey: "a key in a JSON example that the response does not declare"
        case .requestExampleMismatch: "a JSON request example that sends a key no body parameter names, or lacks a required one"
        case .missingExampleField: "a JSON example without a field the response requires"
        case .exampleTypeMismatch: "a JSON example value of another type than its field's"
        case .unknownRedirectParameter: "a redirect example parameter that the response does not declare"
        case .signatureMismatch: "a worked signature example whose signature is not the one its parts give"
        case .normalizedStringMismatch: "a worked signature example whose normalised string is not the one its parts give"
        case .signatureExampleHost: "a worked signature example on another host than its operation's"
        case .signatureExamplePath: "a worked signature example for a path that no operation has"
        case .incompleteSignatureExample: "a worked signature example table without a row it needs"
        case .redirectURIExample: "a redirect-URI table verdict that the matching rule contradicts"
        case .invalidConfiguration: "a site.yml that is not valid YAML or lacks a key"
        case .invalidTemplate: "a Mustache template that does not parse"
        case .missingTemplate: "a templates folder without page.mustache"
        case .notUTF8: "a page that is not UTF-8 text"
        case .binaryFile: "a page holding binary data (NUL bytes)"
        case .unreadableFile: "a file in the content folder that midocs may not read"
        case .notARegularFile: "a FIFO, socket or device in the content folder"
        case .brokenSymlink: "a symbolic link that loops or whose target is missing"
        case .linkOutsideContent: "a symbolic link to a file outside the content folder"
        }
    }

    /// The code itself, so that `"[\(code)]"` prints `[unknown-scope]`, not the case name.
    public var description: String { rawValue }
}
