package io.wafml.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, and a minter of channel tokens signed
 * with them. One per JVM: the SDK's metadata URL is process-wide and it caches keys per URL.
 */
final class LocalOpenIdServer {

    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "local-signing-key";

    private static LocalOpenIdServer shared;

    private final HttpServer server;
    private final KeyPair signing = newKeyPair();
    private final KeyPair stranger = newKeyPair();

    private LocalOpenIdServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/.well-known/openidconfiguration", exchange -> {
            ObjectNode config = Fixtures.JSON.createObjectNode();
            config.put("issuer", ISSUER);
            config.put("jwks_uri", base() + "/v1/keys");
            send(exchange, config.toString());
        });
        server.createContext("/v1/keys", exchange -> send(exchange, jwks().toString()));
        server.start();
    }

    static synchronized LocalOpenIdServer shared() {
        if (shared == null) {
            try {
                shared = new LocalOpenIdServer();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    String metadataUrl() {
        return base() + "/v1/.well-known/openidconfiguration";
    }

    /** A token as the Bot Connector would send it for this app and service URL. */
    String channelToken(String audience, String serviceUrl) {
        return token(audience, serviceUrl, Duration.ofMinutes(30), KEY_ID, signing);
    }

    /** A token with any of its parts chosen by the test. */
    String token(String audience, String serviceUrl, Duration validFor, String keyId, KeyPair keys) {
        Instant now = Instant.now();
        var builder = JWT.create()
                .withIssuer(ISSUER)
                .withAudience(audience)
                .withKeyId(keyId)
                .withNotBefore(Date.from(now.minusSeconds(60)))
                .withIssuedAt(Date.from(now.minusSeconds(60)))
                .withExpiresAt(Date.from(now.plus(validFor)));
        if (serviceUrl != null) {
            builder.withClaim("serviceurl", serviceUrl);
        }
        return builder.sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    KeyPair signingKeys() {
        return signing;
    }

    /** A key pair whose public key the metadata does not publish. */
    KeyPair strangerKeys() {
        return stranger;
    }

    private ObjectNode jwks() {
        RSAPublicKey key = (RSAPublicKey) signing.getPublic();
        ObjectNode jwk = Fixtures.JSON.createObjectNode();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", KEY_ID);
        jwk.put("n", base64Url(key.getModulus()));
        jwk.put("e", base64Url(key.getPublicExponent()));
        jwk.putArray("endorsements").add("msteams").add("emulator");
        ObjectNode jwks = Fixtures.JSON.createObjectNode();
        ArrayNode keys = jwks.putArray("keys");
        keys.add(jwk);
        return jwks;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
