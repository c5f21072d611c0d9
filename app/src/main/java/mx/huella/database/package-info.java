/**
 * Where the data lives: an external PostgreSQL named by {@code HUELLA_DB_URL}, or else an embedded
 * PostgreSQL started in the data directory. Owns no tables; each module owns its own schema through
 * its Flyway migrations under {@code db/migration/<module>}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package mx.huella.database;
