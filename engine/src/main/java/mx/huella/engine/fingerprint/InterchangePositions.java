package mx.huella.engine.fingerprint;

import com.machinezoo.fingerprintio.ansi378v2004.Ansi378v2004Template;
import com.machinezoo.fingerprintio.ansi378v2009.Ansi378v2009Template;
import com.machinezoo.fingerprintio.ansi378v2009am1.Ansi378v2009Am1Template;
import com.machinezoo.fingerprintio.iso19794p2v2005.Iso19794p2v2005Template;
import com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Template;
import java.util.List;

/**
 * The finger positions of a record's finger views, in record order, read with FingerprintIO's model
 * of each standard (SourceAFIS's import keeps the minutiae but drops the positions).
 */
final class InterchangePositions {
    private InterchangePositions() {}

    static List<FingerPosition> of(InterchangeFormat format, byte[] record) {
        List<? extends Enum<?>> positions = switch (format) {
            case ISO_19794_2_2005 ->
                new Iso19794p2v2005Template(record)
                        .fingerprints.stream().map(f -> f.position).toList();
            case ISO_19794_2_2011 ->
                new Iso19794p2v2011Template(record)
                        .fingerprints.stream().map(f -> f.position).toList();
            case ANSI_378_2004 ->
                new Ansi378v2004Template(record)
                        .fingerprints.stream().map(f -> f.position).toList();
            case ANSI_378_2009 ->
                new Ansi378v2009Template(record)
                        .fingerprints.stream().map(f -> f.position).toList();
            case ANSI_378_2009_AM1 ->
                new Ansi378v2009Am1Template(record)
                        .fingerprints.stream().map(f -> f.position).toList();
        };
        return positions.stream().map(InterchangePositions::ours).toList();
    }

    /** The standards name the ten fingers as we do; anything else is UNKNOWN. */
    private static FingerPosition ours(Enum<?> position) {
        for (FingerPosition candidate : FingerPosition.values()) {
            if (candidate.name().equals(position.name()) && candidate.isSingleFinger()) {
                return candidate;
            }
        }
        return FingerPosition.UNKNOWN;
    }
}
