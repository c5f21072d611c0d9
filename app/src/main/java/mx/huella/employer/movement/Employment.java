package mx.huella.employer.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import mx.huella.employer.EmploymentState;

/**
 * A worker's employment under one registro patronal, with the registry data the employer sees.
 *
 * @param biometricDeadline for an alta waiting for biometrics, the date by which the worker must enroll
 */
public record Employment(
        UUID id,
        String registro,
        UUID personId,
        String workerName,
        String curp,
        String nss,
        EmploymentState state,
        WorkerType workerType,
        SalaryType salaryType,
        BigDecimal sbc,
        LocalDate startDate,
        Optional<LocalDate> endDate,
        Optional<LocalDate> biometricDeadline) {}
