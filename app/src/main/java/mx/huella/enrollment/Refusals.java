package mx.huella.enrollment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals an API operation can answer, each a problem+json type and status: the OpenAPI document
 * lists them per operation (see {@link EnrollmentApiDocumentation}), so clients know every failure
 * before they meet it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Refusals {
    EnrollmentException.Problem[] value();
}
