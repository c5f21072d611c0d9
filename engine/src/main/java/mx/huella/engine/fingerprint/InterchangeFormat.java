package mx.huella.engine.fingerprint;

import com.machinezoo.fingerprintio.TemplateFormat;

/** Standard minutiae-template formats that other vendors' devices and systems exchange. */
public enum InterchangeFormat {
    ANSI_378_2004(TemplateFormat.ANSI_378_2004),
    ANSI_378_2009(TemplateFormat.ANSI_378_2009),
    ANSI_378_2009_AM1(TemplateFormat.ANSI_378_2009_AM1),
    ISO_19794_2_2005(TemplateFormat.ISO_19794_2_2005),
    ISO_19794_2_2011(TemplateFormat.ISO_19794_2_2011);

    private final TemplateFormat library;

    InterchangeFormat(TemplateFormat library) {
        this.library = library;
    }

    TemplateFormat library() {
        return library;
    }
}
