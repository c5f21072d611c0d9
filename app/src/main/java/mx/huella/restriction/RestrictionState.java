package mx.huella.restriction;

/** Where a person stands with the obligation to enroll. */
public enum RestrictionState {
    /** Nothing is required of the person (never obliged, or enrolled). */
    NONE,
    /** Must enroll by the deadline; nothing is restricted yet. */
    DUE,
    /** The deadline passed: procedures restricted until enrollment; suspension after the countdown. */
    RESTRICTED,
    /** The countdown ran out: the NSS is suspended until enrollment. */
    SUSPENDED
}
