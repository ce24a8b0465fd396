package be.buddyflow.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The published description of our API, served at /v3/api-docs and kept in docs/api/openapi.yaml. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basic";

    @Bean
    OpenAPI buddyflowApi() {
        return new OpenAPI()
                .info(new Info().title("Buddyflow API").version("1")
                        .description("""
                                For partner systems (reception centres, municipalities, housing desks) that refer \
                                newcomers to a buddy programme and follow their case. HTTP Basic with a technical \
                                account of the group `integration`. Errors are RFC 9457 problem documents \
                                (`application/problem+json`) whose `errors` list names each offending field.""")
                        .license(new License().name("Apache-2.0")))
                // Relative: the description holds wherever Buddyflow is installed.
                .servers(java.util.List.of(new Server().url("/").description("This Buddyflow installation")))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
