package mx.huella.identifier;

import java.util.Optional;

/**
 * Place of birth as encoded at positions 12-13 of a CURP: the 32 federal entities plus {@code NE}
 * for people born abroad. Mexico City keeps its historical code {@code DF}.
 */
public enum BirthState {
    AGUASCALIENTES("AS", "Aguascalientes"),
    BAJA_CALIFORNIA("BC", "Baja California"),
    BAJA_CALIFORNIA_SUR("BS", "Baja California Sur"),
    CAMPECHE("CC", "Campeche"),
    COAHUILA("CL", "Coahuila"),
    COLIMA("CM", "Colima"),
    CHIAPAS("CS", "Chiapas"),
    CHIHUAHUA("CH", "Chihuahua"),
    CIUDAD_DE_MEXICO("DF", "Ciudad de México"),
    DURANGO("DG", "Durango"),
    GUANAJUATO("GT", "Guanajuato"),
    GUERRERO("GR", "Guerrero"),
    HIDALGO("HG", "Hidalgo"),
    JALISCO("JC", "Jalisco"),
    ESTADO_DE_MEXICO("MC", "Estado de México"),
    MICHOACAN("MN", "Michoacán"),
    MORELOS("MS", "Morelos"),
    NAYARIT("NT", "Nayarit"),
    NUEVO_LEON("NL", "Nuevo León"),
    OAXACA("OC", "Oaxaca"),
    PUEBLA("PL", "Puebla"),
    QUERETARO("QT", "Querétaro"),
    QUINTANA_ROO("QR", "Quintana Roo"),
    SAN_LUIS_POTOSI("SP", "San Luis Potosí"),
    SINALOA("SL", "Sinaloa"),
    SONORA("SR", "Sonora"),
    TABASCO("TC", "Tabasco"),
    TAMAULIPAS("TS", "Tamaulipas"),
    TLAXCALA("TL", "Tlaxcala"),
    VERACRUZ("VZ", "Veracruz"),
    YUCATAN("YN", "Yucatán"),
    ZACATECAS("ZS", "Zacatecas"),
    BORN_ABROAD("NE", "Nacido en el extranjero");

    private final String code;
    private final String displayName;

    BirthState(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The two-letter RENAPO code, e.g. {@code "JC"}. */
    public String code() {
        return code;
    }

    /** The name in Spanish, as people in Mexico write it, e.g. {@code "Nuevo León"}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The state for a RENAPO code.
     *
     * @param code a two-letter code, exactly (upper case)
     * @return the state, or empty for an unknown code including {@code null}
     */
    public static Optional<BirthState> fromCode(String code) {
        for (BirthState state : values()) {
            if (state.code.equals(code)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
