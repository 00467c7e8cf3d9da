import Foundation
import MiAccount
import Testing

struct RequestTests {
    @Test func buildsTheAuthorizeURLWithStrictPercentEncoding() {
        let request = GetAuthorizationCodeRequest(
            clientID: 2_882_303_761_517_000_000, redirectURI: "https://example.com/cb?from=app&x=a+b",
            scope: [.profile, .openID], state: "a8f3/c2")
        #expect(
            request.makeURL().absoluteString
                == "https://account.xiaomi.com/oauth2/authorize?client_id=2882303761517000000"
                + "&redirect_uri=https%3A%2F%2Fexample.com%2Fcb%3Ffrom%3Dapp%26x%3Da%2Bb"
                + "&response_type=code&scope=1%203&state=a8f3%2Fc2")
    }

    @Test func alwaysSendsTheFixedValueThatTellsTheGrantsApart() {
        #expect(GetAuthorizationCodeRequest.responseType == "code")
        #expect(GetAccessTokenInBrowserRequest.responseType == "token")
        #expect(ExchangeCodeForAccessTokenRequest.grantType == "authorization_code")
        #expect(RefreshAccessTokenRequest.grantType == "refresh_token")
        let refresh = RefreshAccessTokenRequest(
            clientID: 1, redirectURI: "https://example.com/cb", clientSecret: "s", refreshToken: "r")
        #expect(refresh.queryParameters.items.map(\.name) == ["client_id", "redirect_uri", "client_secret", "grant_type", "refresh_token"])
        #expect(refresh.queryParameters.items.first { $0.name == "grant_type" }?.value == "refresh_token")
    }

    @Test func leavesOutOptionalParametersThatAreNotSet() {
        let request = GetAuthorizationCodeRequest(clientID: 7, redirectURI: "https://example.com/")
        #expect(request.queryParameters.items.map(\.name) == ["client_id", "redirect_uri", "response_type"])
    }

    @Test func listsEveryOperationInTheCatalogue() {
        #expect(Endpoint.all.count == 9)
        #expect(Endpoint.getPhoneNumberAndEmailAddress.scopes == [.phoneNumber, .emailAddress])
        #expect(Endpoint.getAccessTokenInBrowser.discriminator == Endpoint.Discriminator(parameter: "response_type", value: "token"))
        #expect(Set(Endpoint.all.map(\.id)).count == 9)
    }

    @Test func namesTheErrorCodes() {
        #expect(OAuthErrorCode.allCases.count == 13)
        #expect(OAuthErrorCode(rawValue: 96013) == .invalidCode)
        #expect(OAuthErrorCode.invalidCode.name == "OA_INVALID_CODE")
        #expect(Scope(rawValue: 6) == .emailAddress)
    }
}

/// A request shaped as the generator writes one for docs with path and body parameters.
private struct MoveCardRequest: OperationRequest {
    static let method = "POST"
    static let endpoint = "https://cards.example.test/boards/{boardId}/cards"
    var boardId: String
    var title: String
    var index: Int?
    var queryParameters: QueryParameters { QueryParameters() }
    var pathParameters: QueryParameters {
        var parameters = QueryParameters()
        parameters.add("boardId", boardId)
        return parameters
    }
    var bodyParameters: JSONBody {
        var parameters = JSONBody()
        parameters.add("title", title)
        parameters.add("position.index", index)
        return parameters
    }
}

struct PathAndBodyTests {
    @Test func pathValuesArePercentEncodedIntoTheirPlace() {
        let request = MoveCardRequest(boardId: "a/../b c", title: "x")
        #expect(request.makeURL().absoluteString == "https://cards.example.test/boards/a%2F..%2Fb%20c/cards")
    }

    @Test func bodyNamesWithDotsNestAndKeepTheirJSONKinds() throws {
        let body = try MoveCardRequest(boardId: "1", title: "Plan", index: 3).bodyParameters.encoded()
        #expect(String(decoding: body, as: UTF8.self) == #"{"position":{"index":3},"title":"Plan"}"#)
        #expect(MoveCardRequest(boardId: "1", title: "Plan").bodyParameters.items.map(\.name) == ["title"])
    }
}
