package mx.huella.enrollment;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Completes the OpenAPI description of the enrollment and adjudication operations with what
 * annotations alone do not say: every refusal an operation declares ({@link Refusals}), grouped by
 * status as problem+json with its type URI and Spanish title, and the raw sample bodies of the capture
 * operations (read from the request stream, so invisible to springdoc).
 */
@Component
class EnrollmentApiDocumentation implements OperationCustomizer {
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final List<String> SAMPLE_TYPES =
            List.of("image/png", "image/jpeg", "image/x-wsq", "application/octet-stream");

    private final MessageSource messages;

    EnrollmentApiDocumentation(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Refusals refusals = handler.getMethodAnnotation(Refusals.class);
        if (refusals != null) {
            document(operation, refusals.value());
        }
        boolean readsSample = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> InputStream.class.equals(parameter.getParameterType()));
        if (readsSample && operation.getRequestBody() == null) {
            Content content = new Content();
            SAMPLE_TYPES.forEach(type -> content.addMediaType(type, new MediaType().schema(new BinarySchema())));
            operation.setRequestBody(new RequestBody()
                    .required(true)
                    .description("La muestra tal como la entrega el dispositivo o el archivo, hasta 20 MB")
                    .content(content));
        }
        return operation;
    }

    private void document(Operation operation, EnrollmentException.Problem[] problems) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        Map<Integer, List<EnrollmentException.Problem>> byStatus = Arrays.stream(problems)
                .collect(Collectors.groupingBy(p -> p.status().value(), TreeMap::new, Collectors.toList()));
        byStatus.forEach((status, sameStatus) -> {
            String description = sameStatus.stream()
                    .map(p -> "`" + p.type() + "` (" + p.name() + "): "
                            + messages.getMessage(p.titleKey(), null, p.slug(), SPANISH))
                    .collect(Collectors.joining("; "));
            operation
                    .getResponses()
                    .addApiResponse(
                            String.valueOf(status),
                            new ApiResponse()
                                    .description(description)
                                    .content(new Content()
                                            .addMediaType(
                                                    "application/problem+json", new MediaType().schema(problem()))));
        });
    }

    /** RFC 9457 problem details with the machine-readable {@code code} this API adds. */
    private static ObjectSchema problem() {
        ObjectSchema schema = new ObjectSchema();
        schema.addProperty("type", new StringSchema().format("uri"));
        schema.addProperty("title", new StringSchema());
        schema.addProperty("status", new IntegerSchema());
        schema.addProperty("detail", new StringSchema());
        schema.addProperty("instance", new StringSchema().format("uri"));
        schema.addProperty("code", new StringSchema());
        return schema;
    }
}
