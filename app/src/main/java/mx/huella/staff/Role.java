package mx.huella.staff;

/** What a staff member may do. A person may hold several roles. */
public enum Role {
    /** Manages staff accounts and every setting; may do what operators do. */
    ADMIN,
    /** Registers persons and runs enrollments. */
    OPERATOR,
    /** Approves the finger exceptions operators declare (never their own); may do what operators do. */
    SUPERVISOR,
    /** Adjudicates suspected duplicate identities; reads persons. */
    ANALYST,
    /** Reads persons and the audit trail; changes nothing. */
    AUDITOR;

    /** The Spring Security authority name, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
