package be.buddyflow.security.engine;

import be.buddyflow.security.LoginThrottle;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * The engine's identity store with Buddyflow's rules on the two places where Camunda's defaults hurt
 * (docs/operations.md, "Login throttling"; docs/roles-and-permissions.md):
 * <ul>
 * <li>{@link #checkPassword}, which the webapp login, Basic on /engine-rest and Basic on /api all call:
 * {@link LoginThrottle} per client address instead of Camunda's per-user delays and permanent
 * lockout, which let anyone lock a user out. A throttled attempt is refused before the password is
 * looked at; the engine's own failure counter is never raised (a lock set before this class existed
 * is still honoured until an administrator unlocks). An unknown user costs a password hash like a
 * known one, so the answer's timing does not tell which user ids exist.</li>
 * <li>{@link #saveUser}: a user may change her own password (her own entry grants READ and UPDATE),
 * but not her names or e-mail; administrators may.</li>
 * </ul>
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private static final String DUMMY_SALT = HexFormat.of().formatHex(randomBytes(16));
    /** Made once per password manager (once per engine), so an unknown user costs one check, not two hashes. */
    private static volatile DummyHash dummy;

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || userId.isEmpty() || password == null || password.isEmpty()) {
            return false;
        }
        String address = LoginThrottle.currentClientAddress();
        if (throttle.isBlocked(userId, address)) {
            return false;
        }
        boolean right = matches(userId, password);
        if (right) {
            throttle.recordSuccess(userId, address);
        } else {
            throttle.recordFailure(userId, address);
        }
        return right;
    }

    /** Camunda's check without its lockUser: a wrong password changes nothing in the database. */
    private boolean matches(String userId, String password) {
        UserEntity user = findUserById(userId);
        if (user == null) {
            spendAsLongAsForAWrongPassword(password);
            return false;
        }
        if (isUserLocked(user)) {
            spendAsLongAsForAWrongPassword(password);
            return false;
        }
        if (!matchPassword(password, user)) {
            return false;
        }
        if (user.getAttempts() > 0) {
            // A counter left from before: a right password resets it, as Camunda does.
            unlockUser(user);
        }
        return true;
    }

    /** Hashes the password against a dummy hash, as {@code matchPassword} would against a real one. */
    protected void spendAsLongAsForAWrongPassword(String password) {
        PasswordManager passwords = passwordManager();
        DummyHash known = dummy;
        if (known == null || known.passwords() != passwords) {
            known = new DummyHash(passwords, passwords.encrypt(
                    EncryptionUtil.saltPassword(HexFormat.of().formatHex(randomBytes(16)), DUMMY_SALT)));
            dummy = known;
        }
        passwords.check(EncryptionUtil.saltPassword(password, DUMMY_SALT), known.hash());
    }

    protected PasswordManager passwordManager() {
        return Context.getProcessEngineConfiguration().getPasswordManager();
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        if (user instanceof UserEntity entity && entity.getRevision() != 0) {
            refuseProfileChangeByTheUserHerself(entity);
        }
        return super.saveUser(user);
    }

    private void refuseProfileChangeByTheUserHerself(UserEntity changed) {
        Authentication caller = getCurrentAuthentication();
        if (caller == null || !changed.getId().equals(caller.getUserId())
                || !getCommandContext().isAuthorizationCheckEnabled()
                || getAuthorizationManager().isCamundaAdmin(caller)) {
            return;
        }
        UserEntity stored = getDbEntityManager().selectById(UserEntity.class, changed.getId());
        if (stored != null && stored != changed
                && !(Objects.equals(stored.getFirstName(), changed.getFirstName())
                        && Objects.equals(stored.getLastName(), changed.getLastName())
                        && Objects.equals(stored.getEmail(), changed.getEmail()))) {
            throw new AuthorizationException(caller.getUserId(), Permissions.UPDATE.getName(),
                    Resources.USER.resourceName(), changed.getId());
        }
    }

    private record DummyHash(PasswordManager passwords, String hash) {
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Opens one provider per command, as Camunda's GenericManagerFactory does for its own. */
    static final class Factory implements SessionFactory {

        private final LoginThrottle throttle;

        Factory(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Class<?> getSessionType() {
            return DbIdentityServiceProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle);
        }
    }
}
