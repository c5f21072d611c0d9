package mx.huella.staff;

import java.util.Set;

/** What may be shown of a staff account: never its password hash. */
public record StaffSummary(
        String username, String displayName, Set<Role> roles, boolean passwordChangeDue, boolean locked) {}
