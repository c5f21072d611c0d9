package mx.huella.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.audit.Actor;
import mx.huella.audit.AuditEntry;
import mx.huella.audit.AuditLog;
import mx.huella.identifier.Curp;
import mx.huella.identifier.InvalidIdentifierException;
import mx.huella.identifier.Nss;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, updates and finds persons. Every change is one transaction together with its audit
 * entry and its event. Thread-safe.
 */
@Service
public class PersonService {
    /** Most results a name search returns. */
    public static final int MAX_RESULTS = 100;

    private final PersonRepository persons;
    private final CreationRequests creationRequests;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonService(
            PersonRepository persons,
            CreationRequests creationRequests,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.persons = persons;
        this.creationRequests = creationRequests;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a person.
     *
     * @throws InvalidPersonException when the draft breaks any rule
     * @throws DuplicatePersonException when the CURP or NSS already belongs to someone
     */
    @Transactional
    public Person register(PersonDraft draft, Actor actor) {
        ValidPerson valid = PersonDraftPolicy.validate(draft, today());
        UUID id = UUID.randomUUID();
        persons.insert(id, valid, clock.instant());
        audit.record(new AuditEntry(
                clock.instant(), actor.name(), "PERSON_REGISTERED", id.toString(), "SUCCESS", actor.channel()));
        events.publishEvent(new PersonRegistered(id));
        return persons.findById(id).orElseThrow();
    }

    /**
     * Adds a person once per idempotency key: a repeated request with the same key and data (a
     * client retrying after a lost answer) returns the person created the first time.
     *
     * @param idempotencyKey chosen by the client, 1 to 100 characters, unique per client
     * @throws IdempotencyKeyReusedException when the key was used for different data
     * @throws InvalidPersonException when the draft breaks any rule
     * @throws DuplicatePersonException when the CURP or NSS already belongs to someone
     */
    @Transactional
    public Person register(PersonDraft draft, Actor actor, String idempotencyKey) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > CreationRequests.MAX_KEY_LENGTH) {
            throw new InvalidPersonException(List.of(FieldViolation.of(
                    "Idempotency-Key",
                    "INVALID_FORMAT",
                    "person.idempotencyKey.invalid",
                    CreationRequests.MAX_KEY_LENGTH)));
        }
        Optional<UUID> earlier = creationRequests.earlierResult(actor.name(), idempotencyKey, draft);
        if (earlier.isPresent()) {
            return persons.findById(earlier.get()).orElseThrow();
        }
        Person person = register(draft, actor);
        creationRequests.remember(actor.name(), idempotencyKey, draft, person.id(), clock.instant());
        return person;
    }

    /**
     * Replaces a person's data, provided nobody changed it since {@code expectedVersion} was read.
     *
     * @throws PersonNotFoundException when no person has this id
     * @throws StalePersonException when the stored version is no longer {@code expectedVersion}
     * @throws InvalidPersonException when the draft breaks any rule
     * @throws DuplicatePersonException when the new CURP or NSS belongs to someone else
     */
    @Transactional
    public Person update(UUID id, int expectedVersion, PersonDraft draft, Actor actor) {
        ValidPerson valid = PersonDraftPolicy.validate(draft, today());
        if (!persons.update(id, expectedVersion, valid, clock.instant())) {
            throw persons.exists(id) ? new StalePersonException() : new PersonNotFoundException(id);
        }
        audit.record(new AuditEntry(
                clock.instant(), actor.name(), "PERSON_UPDATED", id.toString(), "SUCCESS", actor.channel()));
        events.publishEvent(new PersonUpdated(id, expectedVersion + 1));
        return persons.findById(id).orElseThrow();
    }

    /** Every rule the draft breaks, without storing anything; for inline form validation. */
    public List<FieldViolation> check(PersonDraft draft) {
        return PersonDraftPolicy.violationsOf(draft, today());
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(UUID id) {
        return persons.findById(id);
    }

    /** @throws PersonNotFoundException when no person has this id */
    @Transactional(readOnly = true)
    public Person get(UUID id) {
        return persons.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
    }

    /** The persons with these ids, by id; ids of no person are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Person> byIds(java.util.Collection<UUID> ids) {
        java.util.Map<UUID, Person> found = new java.util.HashMap<>();
        for (Person person : persons.findByIds(java.util.Set.copyOf(ids))) {
            found.put(person.id(), person);
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByCurp(Curp curp) {
        return persons.findByCurp(curp);
    }

    @Transactional(readOnly = true)
    public Optional<Person> findByNss(Nss nss) {
        return persons.findByNss(nss);
    }

    /**
     * Finds persons by one search text: a well-formed CURP or NSS finds that person; anything else
     * is taken as words of the name (accents and case ignored), each of which must appear.
     */
    @Transactional(readOnly = true)
    public List<Person> search(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty()) {
            return List.of();
        }
        int bounded = Math.max(1, Math.min(limit, MAX_RESULTS));
        Optional<List<Person>> byIdentifier = byIdentifier(query);
        if (byIdentifier.isPresent()) {
            return byIdentifier.get();
        }
        List<String> words = Arrays.stream(ValidPerson.searchable(query).split(" "))
                .filter(w -> !w.isEmpty())
                .limit(6)
                .toList();
        return persons.findByNameWords(words, bounded);
    }

    @Transactional(readOnly = true)
    public long count() {
        return persons.count();
    }

    private Optional<List<Person>> byIdentifier(String query) {
        try {
            if (query.length() == 18) {
                return Optional.of(
                        persons.findByCurp(Curp.parse(query)).stream().toList());
            }
            if (query.length() == 11 && query.chars().allMatch(Character::isDigit)) {
                return Optional.of(persons.findByNss(Nss.parse(query)).stream().toList());
            }
        } catch (InvalidIdentifierException notAnIdentifier) {
            // Not a valid identifier: the text is searched as name words instead.
        }
        return Optional.empty();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
