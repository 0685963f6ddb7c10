package io.wafml.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import org.junit.jupiter.api.Test;

/**
 * The OAuth 2.0 library msal4j uses to read Entra's token responses still works with the overridden, patched
 * nimbus-jose-jwt and json-smart versions.
 */
class OverriddenLibrariesTest {

    @Test
    void readsAClientCredentialsTokenResponseWithThePatchedLibraries() throws Exception {
        HTTPResponse http = new HTTPResponse(200);
        http.setHeader("Content-Type", "application/json; charset=UTF-8");
        http.setContent("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"abc.def.ghi\"}");

        TokenResponse response = TokenResponse.parse(http);

        assertThat(response.indicatesSuccess()).isTrue();
        AccessTokenResponse success = response.toSuccessResponse();
        assertThat(success.getTokens().getAccessToken().getValue()).isEqualTo("abc.def.ghi");
        assertThat(success.getTokens().getAccessToken().getLifetime()).isEqualTo(3599);
    }
}
