package mx.huella.appointment;

import java.time.LocalTime;

/**
 * A family-medicine clinic and how it sees patients.
 *
 * @param slotMinutes the length of one consultation
 * @param rooms consulting rooms: how many patients one slot takes
 */
public record Clinic(
        String code, String name, String address, LocalTime opensAt, LocalTime closesAt, int slotMinutes, int rooms) {}
