package mx.huella.registry;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import mx.huella.audit.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons}: create, read, replace and search persons. Errors are problem+json. */
@RestController
@RequestMapping(path = "/api/v1/persons", produces = "application/json")
class PersonApiController {
    private final PersonService persons;

    PersonApiController(PersonService persons) {
        this.persons = persons;
    }

    @PostMapping(consumes = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    ResponseEntity<PersonResponse> create(
            @RequestBody PersonRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Principal principal) {
        Actor actor = Actor.api(principal.getName());
        Person person = idempotencyKey == null
                ? persons.register(request.toDraft(), actor)
                : persons.register(request.toDraft(), actor, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id()))
                .eTag(String.valueOf(person.version()))
                .body(PersonResponse.of(person));
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonResponse> get(@PathVariable UUID id) {
        Person person = persons.get(id);
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(PersonResponse.of(person));
    }

    @PutMapping(path = "/{id}", consumes = "application/json")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    ResponseEntity<PersonResponse> replace(
            @PathVariable UUID id, @RequestBody PersonRequest request, Principal principal) {
        if (request.version() == null) {
            throw new InvalidPersonException(
                    List.of(FieldViolation.of("version", "REQUIRED", "person.field.required")));
        }
        Person person = persons.update(id, request.version(), request.toDraft(), Actor.api(principal.getName()));
        return ResponseEntity.ok().eTag(String.valueOf(person.version())).body(PersonResponse.of(person));
    }

    /** One search text: a CURP, an NSS, or words of the name. */
    @GetMapping
    List<PersonResponse> search(
            @RequestParam("q") String query, @RequestParam(name = "limit", defaultValue = "20") int limit) {
        return persons.search(query, limit).stream().map(PersonResponse::of).toList();
    }
}
