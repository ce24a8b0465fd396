package be.buddyflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Buddyflow's replacements inside the engine: the password check with login throttling
 * ({@link ThrottledIdentityProvider}), a user's grant on her own entry ({@link OwnEntryAuthorizationProvider})
 * and authorization checks on task comments ({@link CommentCheckingTaskService}).
 */
class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    EngineHardeningPlugin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle));
        configuration.setResourceAuthorizationProvider(new OwnEntryAuthorizationProvider());
        configuration.setTaskService(new CommentCheckingTaskService());
    }
}
