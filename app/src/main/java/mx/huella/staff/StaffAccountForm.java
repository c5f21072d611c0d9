package mx.huella.staff;

import java.util.Set;

/** The administrator's form for issuing an account. */
record StaffAccountForm(String username, String displayName, Set<Role> roles) {
    static StaffAccountForm empty() {
        return new StaffAccountForm("", "", Set.of());
    }
}
