package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;
import org.springframework.core.SpringVersion;
import org.springframework.security.core.SpringSecurityCoreVersion;

/**
 * The versions on the classpath carry the fixes docs/security.md counts on: a dependency update that
 * brought an older Tomcat, Spring Framework or Spring Security back would reopen those advisories.
 */
class DependencyVersionsTest {

    @Test
    void tomcatHasTheDenialOfServiceFixes() {
        // CVE-2026-41284 and the other Tomcat 10.1 advisories of docs/security.md.
        assertAtLeast(ServerInfo.getServerNumber(), "10.1.62");
    }

    @Test
    void springFrameworkHasTheWebDenialOfServiceFix() {
        // CVE-2026-22740, fixed in 6.2.18.
        assertAtLeast(SpringVersion.getVersion(), "6.2.18");
    }

    @Test
    void springSecurityWritesHeadersEvenOnEarlyCommittedResponses() {
        // CVE-2026-22732, fixed in 6.5.9; CVE-2026-22746 and -22751, fixed after 6.5.9.
        assertAtLeast(SpringSecurityCoreVersion.getVersion(), "6.5.10");
    }

    private static void assertAtLeast(String actual, String minimum) {
        assertThat(compare(actual, minimum)).as(actual + " >= " + minimum).isGreaterThanOrEqualTo(0);
    }

    private static int compare(String a, String b) {
        int[] x = numbers(a);
        int[] y = numbers(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? x[i] : 0;
            int right = i < y.length ? y[i] : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static int[] numbers(String version) {
        return Arrays.stream(version.split("[.-]")).limit(4).filter(part -> part.matches("\\d+"))
                .mapToInt(Integer::parseInt).toArray();
    }
}
