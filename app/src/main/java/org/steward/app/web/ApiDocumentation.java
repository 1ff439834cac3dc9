package org.steward.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.steward.app.identity.Actor;

/**
 * The OpenAPI description at {@code /v3/api-docs} tells the truth about the API (issue #9, item
 * 10): both ways in (the session cookie with its CSRF token, or HTTP Basic, never both), the one
 * error model's problem+json answers on every operation, an {@code operationId} and a summary for
 * each, and the licence. {@code OpenApiDocumentTest} fetches the document and checks all of it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentation.ApiSettings.class)
class ApiDocumentation {
  static final String SESSION = "session";
  static final String BASIC = "basic";
  static final String PROBLEM = "Problem";

  static {
    // The signed-in person is resolved by security, never sent as a parameter.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  /** What the description says about the API itself (README: STEWARD_API_LICENCE_*). */
  @ConfigurationProperties("steward.api")
  record ApiSettings(@DefaultValue("Steward API") String title, @DefaultValue("v1") String version,
      @DefaultValue("Apache-2.0") String licenceName,
      @DefaultValue("https://www.apache.org/licenses/LICENSE-2.0") String licenceUrl) {}

  @Bean
  OpenApiCustomizer stewardApi(ApiSettings settings) {
    return api -> {
      api.info(new Info().title(settings.title()).version(settings.version())
          .description("Steward's REST API: the same operations as the pages, under the same"
              + " role checks and audit trail. Errors are RFC 9457 problem+json.")
          .license(new License().name(settings.licenceName()).url(settings.licenceUrl())));
      // Relative: the API is wherever this Steward is (never a generated localhost address).
      api.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")
          .description("This Steward")));
      Components components = api.getComponents() == null ? new Components() : api.getComponents();
      components.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
          .in(SecurityScheme.In.COOKIE).name("STEWARD_SESSION")
          .description("The browser's session after signing in on /login; changes also need the"
              + " X-CSRF-TOKEN header. Never together with an Authorization header."));
      components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
          .scheme("basic").description("A Steward username and password on every call;"
              + " stateless (any session cookie is ignored)."));
      components.addSchemas("FieldProblem", new ObjectSchema()
          .addProperty("field", new StringSchema().description("The field, or null for the whole request"))
          .addProperty("message", new StringSchema().description("What to do about it"))
          .addProperty("line", new IntegerSchema().description("The line of an uploaded file")));
      components.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details")
          .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
          .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
          .addProperty("instance", new StringSchema())
          .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))));
      PROBLEMS.forEach((code, text) -> components.addResponses(name(code), new ApiResponse()
          .description(text).content(new Content().addMediaType("application/problem+json",
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
      api.components(components);
      api.addSecurityItem(new SecurityRequirement().addList(SESSION));
      api.addSecurityItem(new SecurityRequirement().addList(BASIC));
      if (api.getPaths() != null) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
            .forEach((method, op) -> problems(path, method, op)));
      }
    };
  }

  /** Each operation's id: the controller's feature and the method, e.g. {@code accountsApprove}. */
  @Bean
  OperationCustomizer operationIds() {
    return (operation, handler) -> {
      if (operation.getOperationId() == null || operation.getOperationId().matches(".*_\\d+")) {
        String type = handler.getBeanType().getSimpleName().replaceAll("(Api|Controller)$", "");
        String method = handler.getMethod().getName();
        operation.setOperationId(Character.toLowerCase(type.charAt(0)) + type.substring(1)
            + Character.toUpperCase(method.charAt(0)) + method.substring(1));
      }
      return operation;
    };
  }

  /** The problem+json answers of the one error model ({@link Problems}), by status. */
  static final Map<String, String> PROBLEMS = new LinkedHashMap<>();

  static {
    PROBLEMS.put("400", "The body or a parameter could not be read (not JSON, the wrong type)");
    PROBLEMS.put("401", "Nobody is signed in, or the action needs the password again");
    PROBLEMS.put("403", "The roles of the person do not allow it (recorded in the audit trail)");
    PROBLEMS.put("404", "There is no such record, or it is not for this person to know of");
    PROBLEMS.put("409", "Not possible in the record's present state; nothing was changed");
    PROBLEMS.put("413", "The body is larger than its limit; nothing was read");
    PROBLEMS.put("422", "Fields that need fixing, every one named in errors; nothing was saved");
    PROBLEMS.put("429", "Too many requests from here to a rate-limited route; wait Retry-After seconds");
  }

  private static void problems(String path, PathItem.HttpMethod method, Operation op) {
    ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
    boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    for (String code : PROBLEMS.keySet()) {
      boolean applies = switch (code) {
        case "404" -> path.contains("{");
        case "409", "413" -> changes;
        case "429" -> false; // only rate-limited operations declare it (ref TooManyRequests)
        default -> true;
      };
      if (applies && !responses.containsKey(code)) {
        responses.addApiResponse(code, new ApiResponse().$ref("#/components/responses/" + name(code)));
      }
    }
    op.setResponses(responses);
  }

  private static String name(String code) {
    return switch (code) {
      case "400" -> "BadRequest";
      case "401" -> "Unauthorized";
      case "403" -> "Forbidden";
      case "404" -> "NotFound";
      case "409" -> "Conflict";
      case "413" -> "ContentTooLarge";
      case "429" -> "TooManyRequests";
      default -> "UnprocessableContent";
    };
  }
}
