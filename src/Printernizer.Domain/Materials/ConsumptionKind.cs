namespace Printernizer.Domain.Materials;

/// <summary>Why a spool's stock changed. Rows are never edited: a correction is a new row.</summary>
public enum ConsumptionKind
{
    /// <summary>Material used by a job, booked when the job ended.</summary>
    Booking,

    /// <summary>A later change to a job's booking (material used edited, spool changed).</summary>
    Correction,

    /// <summary>A recount or manual change of the remaining grams.</summary>
    Adjustment,
}
