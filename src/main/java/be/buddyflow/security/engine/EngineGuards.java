package be.buddyflow.security.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import be.buddyflow.security.LoginThrottle;
import org.springframework.stereotype.Component;

/**
 * Buddyflow's pieces inside the engine, installed before it starts (the Spring Boot starter applies
 * every ProcessEnginePlugin bean):
 * <ul>
 * <li>{@link UserCommandGuard} in front of the command executors, before the transaction and the
 * command context open, so it sees each command as the caller sent it;</li>
 * <li>the password check with login throttling ({@link ThrottledIdentityProvider});</li>
 * <li>a user's grant on her own entry ({@link OwnEntryAuthorizationProvider});</li>
 * <li>authorization checks on task comments ({@link CommentCheckingTaskService}).</li>
 * </ul>
 * This package is the one place that builds on the engine's internals (ADR 0009).
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    private final LoginThrottle throttle;

    EngineGuards(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle));
        configuration.setResourceAuthorizationProvider(new OwnEntryAuthorizationProvider());
        configuration.setTaskService(new CommentCheckingTaskService());
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
    }

    private static List<CommandInterceptor> withGuard(List<CommandInterceptor> existing,
            ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        interceptors.add(0, new UserCommandGuard(configuration));
        return interceptors;
    }
}
