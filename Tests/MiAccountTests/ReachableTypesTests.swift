import Foundation
import MiAccount
import Testing

/// Every type an app names, spelled after `import MiAccount` alone: if one moves to a
/// module the library does not re-export, this file stops compiling.
struct ReachableTypesTests {
    @Test func namesEveryPublicTypeThroughMiAccount() {
        let types: [Any.Type] = [
            MACSignature.self, MACSigner.self, Nonce.self, RedirectURIRule.self, RedirectURIRule.Mismatch.self,
            CallbackVerifier.self, ConstantTime.self, MiAccountClient.self, MiAccountServers.self, MiAccountError.self,
            MiAccountError.Kind.self, AuthorizationSession.self, AuthState.self, TokenSet.self, ErrorCodeText.self,
            RedirectParameters.self, RedirectDelivery.self, QueryParameters.self, JSONBody.self, JSONValue.self,
            URLSessionTransport.self, OAuthErrorCode.self, Scope.self, Endpoint.self,
        ]
        #expect(types.count == 24)
        #expect(MACSignature.parseQuery("b=2&a=1").count == 2)
    }
}
