package dev.sessioncontrol.common;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Checks the JDK's HMAC-SHA256, under the algorithm name the tokens use, against the
 * known-answer tests of RFC 4231 ("Identifiers and Test Vectors for HMAC-SHA-224, HMAC-SHA-256,
 * HMAC-SHA-384, and HMAC-SHA-512"), section 4. Test case 5 is left out: it checks a truncated
 * output, which tokens never use.
 */
class HmacSha256KnownAnswerTest {
    /** RFC 4231, 4.2, test case 1: a 20-byte key of 0x0b. */
    static final byte[] TC1_KEY = Bytes.repeat(0x0b, 20);
    static final byte[] TC1_DATA = "Hi There".getBytes(US_ASCII);
    static final String TC1_HMAC_SHA256 =
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";

    /** RFC 4231, 4.3, test case 2: a key shorter than the output. */
    static final byte[] TC2_KEY = "Jefe".getBytes(US_ASCII);
    static final byte[] TC2_DATA = "what do ya want for nothing?".getBytes(US_ASCII);
    static final String TC2_HMAC_SHA256 =
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    /** RFC 4231, 4.4, test case 3: 50 bytes of 0xdd under a 20-byte key of 0xaa. */
    static final byte[] TC3_KEY = Bytes.repeat(0xaa, 20);
    static final byte[] TC3_DATA = Bytes.repeat(0xdd, 50);
    static final String TC3_HMAC_SHA256 =
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe";

    /** RFC 4231, 4.5, test case 4: 50 bytes of 0xcd under the key 0x01..0x19. */
    static final byte[] TC4_KEY =
            Bytes.fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819");
    static final byte[] TC4_DATA = Bytes.repeat(0xcd, 50);
    static final String TC4_HMAC_SHA256 =
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b";

    /** RFC 4231, 4.7, test case 6: a 131-byte key, longer than the block, hashed first. */
    static final byte[] TC6_KEY = Bytes.repeat(0xaa, 131);
    static final byte[] TC6_DATA =
            "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(US_ASCII);
    static final String TC6_HMAC_SHA256 =
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54";

    /** RFC 4231, 4.8, test case 7: a 131-byte key and data longer than the block. */
    static final byte[] TC7_KEY = Bytes.repeat(0xaa, 131);
    static final byte[] TC7_DATA = ("This is a test using a larger than block-size key and a"
            + " larger than block-size data. The key needs to be hashed before being used by the"
            + " HMAC algorithm.").getBytes(US_ASCII);
    static final String TC7_HMAC_SHA256 =
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2";

    @Test
    void testCase1MatchesRfc4231() throws Exception {
        assertThat(hmac(TC1_KEY, TC1_DATA)).isEqualTo(TC1_HMAC_SHA256);
    }

    @Test
    void testCase2MatchesRfc4231() throws Exception {
        assertThat(hmac(TC2_KEY, TC2_DATA)).isEqualTo(TC2_HMAC_SHA256);
    }

    @Test
    void testCase3MatchesRfc4231() throws Exception {
        assertThat(hmac(TC3_KEY, TC3_DATA)).isEqualTo(TC3_HMAC_SHA256);
    }

    @Test
    void testCase4MatchesRfc4231() throws Exception {
        assertThat(hmac(TC4_KEY, TC4_DATA)).isEqualTo(TC4_HMAC_SHA256);
    }

    @Test
    void testCase6MatchesRfc4231() throws Exception {
        assertThat(hmac(TC6_KEY, TC6_DATA)).isEqualTo(TC6_HMAC_SHA256);
    }

    @Test
    void testCase7MatchesRfc4231() throws Exception {
        assertThat(hmac(TC7_KEY, TC7_DATA)).isEqualTo(TC7_HMAC_SHA256);
    }

    @Test
    void tokenMacInstanceIsHmacSha256OverPrefixAndPayload() throws Exception {
        byte[] payload = TC3_DATA;
        byte[] prefixed = Bytes.concat("v1.".getBytes(US_ASCII), payload);

        byte[] tokenMac = TokenMac.compute(TestOrders.KEY, payload);

        assertThat(Bytes.toHex(tokenMac)).isEqualTo(hmac(TestOrders.KEY.bytes(), prefixed));
    }

    @Test
    void keyedHmacMatchesEveryRfc4231CaseToo() {
        assertThat(keyed(TC1_KEY, TC1_DATA)).isEqualTo(TC1_HMAC_SHA256);
        assertThat(keyed(TC2_KEY, TC2_DATA)).isEqualTo(TC2_HMAC_SHA256);
        assertThat(keyed(TC3_KEY, TC3_DATA)).isEqualTo(TC3_HMAC_SHA256);
        assertThat(keyed(TC4_KEY, TC4_DATA)).isEqualTo(TC4_HMAC_SHA256);
        assertThat(keyed(TC6_KEY, TC6_DATA)).isEqualTo(TC6_HMAC_SHA256);
        assertThat(keyed(TC7_KEY, TC7_DATA)).isEqualTo(TC7_HMAC_SHA256);
    }

    @Test
    void keyedHmacGivesTheSameMacWhenUsedAgainAndFromManyThreads() throws Exception {
        KeyedHmac hmac = new KeyedHmac(TC3_KEY);
        String first = Bytes.toHex(hmac.mac(new byte[0], TC3_DATA));
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Bytes.toHex(hmac.mac(new byte[0], TC3_DATA))));
            }
            for (java.util.concurrent.Future<String> result : results) {
                assertThat(result.get()).isEqualTo(first).isEqualTo(TC3_HMAC_SHA256);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String keyed(byte[] key, byte[] data) {
        return Bytes.toHex(new KeyedHmac(key).mac(new byte[0], data));
    }

    private static String hmac(byte[] key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance(SessionKey.ALGORITHM);
        mac.init(new SecretKeySpec(key, SessionKey.ALGORITHM));
        return Bytes.toHex(mac.doFinal(data));
    }
}
