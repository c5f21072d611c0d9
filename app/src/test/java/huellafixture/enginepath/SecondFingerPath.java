package huellafixture.enginepath;

import mx.huella.engine.fingerprint.EncodedTemplate;
import mx.huella.engine.fingerprint.FingerprintTemplates;
import mx.huella.engine.fingerprint.decode.FingerprintDecoder;

/**
 * A deliberately second way from a finger file to a template, outside the biometric module: the
 * engine-access rule must reject it, which shows the rule can fail.
 */
public class SecondFingerPath {
    private final FingerprintDecoder decoder = new FingerprintDecoder();

    public EncodedTemplate template(byte[] file) {
        return FingerprintTemplates.extract(decoder.decode(file).get(0).image());
    }
}
