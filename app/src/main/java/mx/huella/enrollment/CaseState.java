package mx.huella.enrollment;

/** Where a duplicate case stands; stored by name in {@code enrollment.duplicate_case.state}. */
public enum CaseState {
    /** In the analysts' queue, undecided. */
    OPEN,
    /** A first analyst found the same person (identity fraud); a second, different one must confirm. */
    AWAITING_CONFIRMATION,
    /** Identity fraud, confirmed: both identities flagged and rejected. */
    SAME_PERSON,
    /** The match was someone else: the held enrollment went on. */
    DIFFERENT_PERSON
}
