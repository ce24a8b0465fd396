package be.buddyflow.security.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link UserCommandGuard} in front of the engine's command executors, before the transaction
 * and the command context open, so it sees each command as the caller sent it. The Spring Boot
 * starter applies every ProcessEnginePlugin bean. This package is the one place that builds on the
 * engine's internals (ADR 0009).
 */
@Component
class EngineGuards extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
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
