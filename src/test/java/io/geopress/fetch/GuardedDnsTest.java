package io.geopress.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuardedDnsTest {
    @Test
    void aNameIsResolvedOnceSoTheAddressesConnectedToAreTheOnesChecked() throws Exception {
        List<String> asked = new ArrayList<>();
        // a rebinding name: public the first time, loopback after
        GuardedDns dns = new GuardedDns(host -> {
            asked.add(host);
            return List.of(InetAddress.getByName(asked.size() == 1 ? "93.184.216.34" : "127.0.0.1"));
        });

        assertThat(dns.lookup("rebind.example")).containsExactly(InetAddress.getByName("93.184.216.34"));
        assertThat(dns.lookup("rebind.example")).containsExactly(InetAddress.getByName("93.184.216.34"));
        assertThat(asked).containsExactly("rebind.example");
    }

    @Test
    void aNameWithNoAddressOrAnAddressInsideIsRefused() {
        assertThatThrownBy(() -> new GuardedDns(host -> List.of()).lookup("empty.example"))
                .hasMessage("empty.example has no address");
        assertThatThrownBy(() -> new GuardedDns(host -> List.of(InetAddress.getByName("fe80::1"))).lookup("ll.example"))
                .isInstanceOf(GuardedDns.Refused.class)
                .hasMessage("ll.example resolves to fe80::1, a link-local address");
    }
}
