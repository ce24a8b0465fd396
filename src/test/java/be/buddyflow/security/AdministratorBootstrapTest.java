package be.buddyflow.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministratorBootstrapTest {

    private final IdentityStore identities = mock(IdentityStore.class);

    @BeforeEach
    void policyAcceptsMixedPasswords() {
        when(identities.meetsPasswordPolicy(anyString(), anyString())).thenAnswer(call -> {
            String password = call.getArgument(1);
            return password.matches(".*[a-z].*") && password.matches(".*[A-Z].*") && password.matches(".*\\d.*")
                    && password.matches(".*[^A-Za-z0-9].*");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "too short,                   Sh0rt-pass",
            "contains the user id,        Operator-Passw0rd-1",
            "demo password,               Xbuddyflow-demo-9",
            "well-known word,             Changeme-2026-ok",
            "no digit or symbol,          OnlyLettersHereOk",
            "empty,                       ''"})
    void refusesWeakPasswords(String why, String password) {
        AdministratorBootstrap bootstrap = new AdministratorBootstrap(
                new AdministratorProperties("operator", password, true), identities);

        assertThatThrownBy(bootstrap::ensureAdministrator).as(why).isInstanceOf(InsecureAdministratorException.class);
        verify(identities, never()).ensureUser(anyString(), anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void refusesAMissingAdministratorWhenRequired() {
        AdministratorBootstrap bootstrap = new AdministratorBootstrap(new AdministratorProperties(null, null, true),
                identities);

        assertThatThrownBy(bootstrap::ensureAdministrator).isInstanceOf(InsecureAdministratorException.class)
                .hasMessageContaining("BUDDYFLOW_ADMIN_USER");
    }

    @Test
    void createsAStrongAdministratorOnceAndNeverResetsTheirPassword() {
        AdministratorBootstrap bootstrap = new AdministratorBootstrap(
                new AdministratorProperties("operator", "Correct-Horse-42", true), identities);
        when(identities.userExists("operator")).thenReturn(false, true);

        bootstrap.ensureAdministrator();
        bootstrap.ensureAdministrator();

        verify(identities).ensureUser("operator", "Buddyflow", "Administrator", null, "Correct-Horse-42");
        verify(identities, org.mockito.Mockito.times(2)).ensureMembership("operator", "camunda-admin");
    }
}
