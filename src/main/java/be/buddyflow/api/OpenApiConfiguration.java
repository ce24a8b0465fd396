package be.buddyflow.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
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

    /**
     * The statuses every endpoint can answer besides its own: 400 for malformed input (a NUL
     * character, a wrong type, a number out of range: MalformedInputGuard and ApiExceptionHandler),
     * 401 and 403 from the security chain, 406 for an Accept header without JSON, 413 and 415 for
     * bodies, 500 with an incident id. And the problem schema as it is written: {@code instance} is a
     * relative reference, field errors in {@code errors}.
     */
    @Bean
    OpenApiCustomizer commonResponses() {
        return api -> {
            Schema<?> problem = api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get(PROBLEM);
            if (problem == null) {
                problem = new ObjectSchema();
                api.getComponents().addSchemas(PROBLEM, problem);
            }
            describeProblem(problem);
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                ApiResponses responses = operation.getResponses();
                addIfAbsent(responses, "400", "Malformed request: a NUL character, a value of the wrong type or out "
                        + "of range, JSON nested too deeply; the problem names the field or parameter");
                addIfAbsent(responses, "401", "No or wrong credentials (HTTP Basic)");
                addIfAbsent(responses, "403", "The account's role does not allow this request");
                addIfAbsent(responses, "406", "The Accept header allows neither application/json nor "
                        + "application/problem+json");
                if (operation.getRequestBody() != null) {
                    addIfAbsent(responses, "413", "Body over the limit (buddyflow.api.max-body-bytes, 64 KiB)");
                    addIfAbsent(responses, "415", "Body not sent as application/json");
                }
                addIfAbsent(responses, "500", "Unexpected failure; nothing was saved; the problem names an incident");
            }));
        };
    }

    static final String PROBLEM = "ProblemDetail";

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describeProblem(Schema problem) {
        problem.setType("object");
        problem.setDescription("RFC 9457 problem document (application/problem+json)");
        java.util.Map<String, Schema> properties = new java.util.TreeMap<>();
        properties.put("type", new StringSchema().format("uri").description("Identifies the kind of problem"));
        properties.put("title", new StringSchema());
        properties.put("status", new io.swagger.v3.oas.models.media.IntegerSchema().format("int32"));
        properties.put("detail", new StringSchema().description("What went wrong, for a person to read"));
        properties.put("instance", new StringSchema().format("uri-reference")
                .description("The request's path, relative to this installation"));
        properties.put("errors", new ArraySchema().description("One entry per field or parameter at fault")
                .items(new ObjectSchema()
                        .addProperty("field", new StringSchema().description("e.g. newcomer.postalCode"))
                        .addProperty("detail", new StringSchema())));
        properties.put("incident", new StringSchema().description("Id to quote to support (500 only)"));
        problem.setProperties(properties);
    }

    private static void addIfAbsent(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description)
                    .content(new Content().addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }
}
