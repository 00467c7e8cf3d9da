import Yams

/// `content/site.yml`: the site's title, base URL and navigation.
///
///     title: Mi Account developer documentation
///     baseURL: https://dev.mi.com/docs/passport/
///     groups:
///       - title: Guides
///         kind: guide
///         pages: [index, sdk]
///     profile: mi-account
///     diagnostics:
///       error: [unused-scope]
public struct SiteConfiguration: Sendable, Hashable, Codable {
    /// A titled group of pages in the navigation, in reading order.
    public struct Group: Sendable, Hashable, Codable {
        public var title: String
        public var kind: PageKind
        public var pages: [String]

        public init(title: String, kind: PageKind, pages: [String]) {
            self.title = title
            self.kind = kind
            self.pages = pages
        }
    }

    /// A published version of the docs: its name, the git revision it was built from, and
    /// when (`releases: [{version: "2.0", ref: v2.0, date: 2026-11-30}]`).
    public struct Release: Sendable, Hashable, Codable {
        public var version: String
        public var ref: String
        public var date: String?

        public init(version: String, ref: String, date: String? = nil) {
            self.version = version
            self.ref = ref
            self.date = date
        }
    }

    public static let fileName = "site.yml"

    /// The site's title; without one, the home page's title.
    public var title: String?
    public var baseURL: String
    public var groups: [Group]
    /// Severity changes by diagnostic code.
    public var diagnostics: DiagnosticPolicy
    /// The service profile that adds its own readers, checks and outputs; nil for none.
    public var profile: String?
    /// Where the API is served (`https://api.example.com`); the first is the host of the
    /// paths the docs give without one.
    public var servers: [String]
    /// What the site shows of raw HTML in pages; GitHub's subset unless site.yml says `none`.
    public var rawHTML: RawHTMLPolicy = .github
    /// How heading ids are made, after the generator the docs were written for.
    public var anchors: HeadingIDScheme = .github
    /// One or two sentences on what the docs are for: llms.txt's summary (else the home
    /// page's first paragraph).
    public var summary: String?
    /// The pages an agent may skip, which llms.txt lists under `## Optional`; without this
    /// list, the pages of `guide` groups other than the home page that hold no operation,
    /// scope or error code.
    public var llmsOptional: [String]?
    /// The releases, oldest first; `midocs build` writes changelog.html from them.
    public var releases: [Release] = []
    /// The revision whose pages and anchors must still resolve (`midocs build --previous`).
    public var previous: String?
    /// Where pages and anchors went: `{"old.html#anchor": "new.html#anchor"}`.
    public var redirects: [String: String] = [:]
    /// The last release that changed each operation, by id; set by `midocs build` from
    /// `releases`, never read from site.yml.
    public var changedIn: [String: String] = [:]

    public init(
        title: String? = nil, baseURL: String = "", groups: [Group] = [],
        diagnostics: DiagnosticPolicy = DiagnosticPolicy(), profile: String? = nil,
        servers: [String] = []
    ) {
        self.servers = servers
        self.title = title
        self.baseURL = baseURL
        self.groups = groups
        self.diagnostics = diagnostics
        self.profile = profile
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        baseURL = try container.decodeIfPresent(String.self, forKey: .baseURL) ?? ""
        groups = try container.decodeIfPresent([Group].self, forKey: .groups) ?? []
        diagnostics = try container.decodeIfPresent(DiagnosticPolicy.self, forKey: .diagnostics) ?? DiagnosticPolicy()
        profile = try container.decodeIfPresent(String.self, forKey: .profile)
        servers = try container.decodeIfPresent([String].self, forKey: .servers) ?? []
        rawHTML = try container.decodeIfPresent(RawHTMLPolicy.self, forKey: .rawHTML) ?? .github
        anchors = try container.decodeIfPresent(HeadingIDScheme.self, forKey: .anchors) ?? .github
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        llmsOptional = try container.decodeIfPresent([String].self, forKey: .llmsOptional)
        releases = try container.decodeIfPresent([Release].self, forKey: .releases) ?? []
        previous = try container.decodeIfPresent(String.self, forKey: .previous)
        redirects = try container.decodeIfPresent([String: String].self, forKey: .redirects) ?? [:]
        if let server = servers.first(where: { OperationURL(parsing: $0) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: .servers, in: container,
                debugDescription: "server '\(server)' is not a full URL; write it as 'https://api.example.com'")
        }
        if let profile, Profile.named(profile) == nil {
            let known = Profile.all.map(\.name).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                forKey: .profile, in: container, debugDescription: "no profile is named '\(profile)'; the profiles are \(known)")
        }
    }

    /// Reads the YAML text of `path`; a mistake becomes a diagnostic and the defaults.
    public static func parse(_ yaml: String, path: String) -> (SiteConfiguration, [Diagnostic]) {
        do {
            return (try YAMLDecoder().decode(SiteConfiguration.self, from: yaml), [])
        } catch let error as YamlError {
            return (SiteConfiguration(), [invalidConfiguration(error.reason, path: path, line: error.line)])
        } catch let error as DecodingError {
            // YAMLDecoder wraps a syntax error, which knows its line, in a DecodingError.
            if case .dataCorrupted(let context) = error, let syntax = context.underlyingError as? YamlError {
                return (SiteConfiguration(), [invalidConfiguration(syntax.reason, path: path, line: syntax.line)])
            }
            return (SiteConfiguration(), [invalidConfiguration(describe(error), path: path, line: 1)])
        } catch {
            return (SiteConfiguration(), [invalidConfiguration("\(error)", path: path, line: 1)])
        }
    }

    /// The group that lists `slug`, if any.
    public func group(of slug: String) -> Group? {
        groups.first { $0.pages.contains(slug) }
    }

    private static func invalidConfiguration(_ reason: String, path: String, line: Int) -> Diagnostic {
        let firstLine = reason.split(separator: "\n").first.map(String.init) ?? reason
        return Diagnostic(
            .error, code: .invalidConfiguration,
            message: "cannot read the site configuration: \(firstLine)",
            range: SourceRange(start: SourceLocation(file: path, line: max(line, 1), column: 1), length: 0))
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key '\(path(context.codingPath + [key]))'; add it"
        case .typeMismatch(_, let context), .dataCorrupted(let context), .valueNotFound(_, let context):
            return "'\(path(context.codingPath))': \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

extension YamlError {
    /// What the parser found, without the position and snippet its description starts and
    /// ends with: "did not find expected '-' indicator (while parsing a block collection in
    /// line 3, column 3)".
    var reason: String {
        switch self {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            return problem + (context.map { " (\($0.description.trimmingCharacters(in: .newlines)))" } ?? "")
        default:
            return description
        }
    }

    /// The line the YAML parser stopped at, counted from 1, when it says.
    var line: Int {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 1
        }
    }
}
