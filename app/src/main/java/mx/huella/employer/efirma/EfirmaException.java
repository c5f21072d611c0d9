package mx.huella.employer.efirma;

/** A refused e.firma sign-in. The message is English, for the log; users see the refusal's translation. */
public class EfirmaException extends RuntimeException {
    private final EfirmaRefusal refusal;

    public EfirmaException(EfirmaRefusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public EfirmaRefusal refusal() {
        return refusal;
    }
}
