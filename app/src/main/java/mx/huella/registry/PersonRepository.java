package mx.huella.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.huella.identifier.BirthState;
import mx.huella.identifier.Curp;
import mx.huella.identifier.Nss;
import mx.huella.identifier.Sex;
import org.postgresql.util.PSQLException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persons in the {@code registry} schema. All SQL is parameterised. */
@Repository
class PersonRepository {
    private static final String COLUMNS = """
      id, curp, nss, given_names, first_surname, second_surname, birth_date, sex, birth_state,
      email, phone, created_at, updated_at, version
      """;
    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, ValidPerson person, Instant now) {
        try {
            jdbc.sql("""
              insert into registry.person (id, curp, nss, given_names, first_surname, second_surname, birth_date,
                sex, birth_state, email, phone, search_name, created_at, updated_at, version)
              values (:id, :curp, :nss, :givenNames, :firstSurname, :secondSurname, :birthDate,
                :sex, :birthState, :email, :phone, :searchName, :now, :now, 0)
              """)
                    .paramSource(parameters(person).addValue("id", id).addValue("now", Timestamp.from(now)))
                    .update();
        } catch (DuplicateKeyException e) {
            throw duplicateOf(e);
        }
    }

    /** Applies the update only if the stored version is still {@code expectedVersion}. */
    boolean update(UUID id, int expectedVersion, ValidPerson person, Instant now) {
        try {
            return jdbc.sql("""
                  update registry.person set curp = :curp, nss = :nss, given_names = :givenNames,
                    first_surname = :firstSurname, second_surname = :secondSurname, birth_date = :birthDate,
                    sex = :sex, birth_state = :birthState, email = :email, phone = :phone,
                    search_name = :searchName, updated_at = :now, version = version + 1
                  where id = :id and version = :version
                  """)
                            .paramSource(parameters(person)
                                    .addValue("id", id)
                                    .addValue("version", expectedVersion)
                                    .addValue("now", Timestamp.from(now)))
                            .update()
                    == 1;
        } catch (DuplicateKeyException e) {
            throw duplicateOf(e);
        }
    }

    boolean exists(UUID id) {
        return jdbc.sql("select exists (select 1 from registry.person where id = :id)")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    Optional<Person> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    List<Person> findByIds(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from registry.person where id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(this::map)
                .list();
    }

    Optional<Person> findByCurp(Curp curp) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where curp = :curp")
                .param("curp", curp.value())
                .query(this::map)
                .optional();
    }

    Optional<Person> findByNss(Nss nss) {
        return jdbc.sql("select " + COLUMNS + " from registry.person where nss = :nss")
                .param("nss", nss.value())
                .query(this::map)
                .optional();
    }

    /** Persons whose name contains every word given, ordered by surname and given names. */
    List<Person> findByNameWords(List<String> words, int limit) {
        StringBuilder where = new StringBuilder("true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and search_name like :w").append(i).append(" escape '\\'");
        }
        var spec = jdbc.sql("select " + COLUMNS + " from registry.person where " + where
                + " order by first_surname, second_surname, given_names, id limit :limit");
        for (int i = 0; i < words.size(); i++) {
            spec = spec.param("w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return spec.param("limit", limit).query(this::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from registry.person")
                .query(Long.class)
                .single();
    }

    private static MapSqlParameterSource parameters(ValidPerson person) {
        return new MapSqlParameterSource()
                .addValue("curp", person.curp().value())
                .addValue("nss", person.nss().map(Nss::value).orElse(null))
                .addValue("givenNames", person.givenNames())
                .addValue("firstSurname", person.firstSurname())
                .addValue("secondSurname", person.secondSurname().orElse(null))
                .addValue("birthDate", person.birthDate())
                .addValue("sex", person.sex().code())
                .addValue("birthState", person.birthState().code())
                .addValue("email", person.email().orElse(null))
                .addValue("phone", person.phone().orElse(null))
                .addValue("searchName", person.searchName());
    }

    private Person map(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getObject("id", UUID.class),
                Curp.parse(rs.getString("curp")),
                Optional.ofNullable(rs.getString("nss")).map(Nss::parse),
                rs.getString("given_names"),
                rs.getString("first_surname"),
                Optional.ofNullable(rs.getString("second_surname")),
                rs.getObject("birth_date", java.time.LocalDate.class),
                Sex.fromCode(rs.getString("sex")).orElseThrow(),
                BirthState.fromCode(rs.getString("birth_state")).orElseThrow(),
                Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("phone")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Names the field from the violated constraint, without echoing the value into any log. */
    private static DuplicatePersonException duplicateOf(DuplicateKeyException e) {
        String constraint =
                e.getMostSpecificCause() instanceof PSQLException psql && psql.getServerErrorMessage() != null
                        ? psql.getServerErrorMessage().getConstraint()
                        : "";
        return new DuplicatePersonException("person_nss_key".equals(constraint) ? "nss" : "curp");
    }
}
