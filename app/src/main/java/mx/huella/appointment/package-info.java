/**
 * Medical appointments at family-medicine clinics (UMF): a person's assigned clinic, its free
 * consultation slots, booking and cancellation. Restricted and suspended persons are refused with what
 * to do instead; a slot never holds more appointments than the clinic has consulting rooms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical appointments")
package mx.huella.appointment;
