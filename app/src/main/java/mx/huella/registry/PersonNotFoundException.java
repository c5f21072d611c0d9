package mx.huella.registry;

import java.util.UUID;

/** No person has the id given. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class PersonNotFoundException extends RuntimeException {
    PersonNotFoundException(UUID id) {
        super("no person with id " + id);
    }
}
