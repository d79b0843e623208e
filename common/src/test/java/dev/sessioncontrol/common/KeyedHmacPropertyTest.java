package dev.sessioncontrol.common;

import static org.assertj.core.api.Assertions.assertThat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class KeyedHmacPropertyTest {
    @Property(tries = 500)
    void matchesTheJdkMacForAnyKeyAndMessage(@ForAll @Size(min = 1, max = 200) byte[] key,
            @ForAll @Size(max = 3000) byte[] prefix, @ForAll @Size(max = 3000) byte[] message)
            throws Exception {
        Mac jdk = Mac.getInstance("HmacSHA256");
        jdk.init(new SecretKeySpec(key, "HmacSHA256"));
        jdk.update(prefix);
        byte[] expected = jdk.doFinal(message);

        byte[] actual = new KeyedHmac(key).mac(prefix, message);

        assertThat(actual).isEqualTo(expected);
    }
}
